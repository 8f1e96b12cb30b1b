import { GlanceVerdict } from '@/components/glance-verdict';
import { ScoreBadge } from '@/components/score-badge';
import { formatUserScore, verdictOf } from '@/domain/scores';
import { useUserSummary } from '../api/get-user-reviews';
import { ratings } from './user-score-headline';

/**
 * The users' verdict on the first screen. It reads the users section's summary query, so a rating's optimistic
 * update (and its settled answer) moves both at once.
 */
export function UserVerdict({ movieId }: { movieId: string }) {
  const summary = useUserSummary(movieId);
  const where = { href: '#users', title: 'Users' };
  if (summary.isPending) return <GlanceVerdict {...where} state="pending" loading="the user score" />;
  if (summary.isError) return <GlanceVerdict {...where} state="unavailable" />;
  const { score, count } = summary.data;
  if (score === null) {
    return (
      <GlanceVerdict
        {...where}
        state="ready"
        name="Users: no ratings yet, be the first to rate it"
        verdict="No ratings yet"
        detail="Be the first to rate it"
      />
    );
  }
  const label = verdictOf(score, 'user');
  return (
    <GlanceVerdict
      {...where}
      state="ready"
      name={`Users: ${formatUserScore(score)} out of 10, ${label}, ${ratings(count)}`}
      figure={<ScoreBadge score={score} scale="user" kind="aggregate" />}
      verdict={label}
      detail={ratings(count)}
    />
  );
}
