import { Skeleton } from '@/components/skeleton';
import { compareCriticsAndAudience } from '@/domain/score-comparison';
import { criticHeadline, formatCriticScore, formatUserScore } from '@/domain/scores';
import { useCriticSummary } from '@/features/critics/api/get-critic-reviews';
import { useUserSummary } from '@/features/user-reviews/api/get-user-reviews';

/** "6.4/10" on screen, "6.4 out of 10" to a screen reader. */
const OutOf = ({ value, max }: { value: string; max: number }) => (
  <>
    <span aria-hidden="true">
      {value}/{max}
    </span>
    <span className="sr-only">
      {value} out of {max}
    </span>
  </>
);

/**
 * One line comparing the critics' and the audience's verdicts, from the two summaries the sections read (the rule:
 * `compareCriticsAndAudience`). Nothing while either has no figure; a line's worth of skeleton while loading.
 */
export function CriticsAndAudience({ movieId }: { movieId: string }) {
  const critics = useCriticSummary(movieId);
  const users = useUserSummary(movieId);
  if (critics.isPending || users.isPending) return <Skeleton className="h-5 w-80 max-w-full" />;
  const headline = critics.data ? criticHeadline(critics.data) : null;
  const userScore = users.data?.score ?? null;
  if (!headline || userScore === null) return null;

  const { agreement } = compareCriticsAndAudience(headline.score, userScore);
  const c = <OutOf value={formatCriticScore(headline.score)} max={100} />;
  const u = <OutOf value={formatUserScore(userScore)} max={10} />;
  return (
    <p className="text-sm text-stone-700 dark:text-stone-300" data-testid="critics-and-audience">
      {agreement === 'audience-higher' ? (
        <>
          <strong className="font-semibold">Audiences liked it more than critics:</strong> {u} against {c}.
        </>
      ) : agreement === 'critics-higher' ? (
        <>
          <strong className="font-semibold">Critics liked it more than audiences:</strong> {c} against {u}.
        </>
      ) : (
        <>
          <strong className="font-semibold">Critics and audiences rate it about the same:</strong> {c} and {u}.
        </>
      )}
    </p>
  );
}
