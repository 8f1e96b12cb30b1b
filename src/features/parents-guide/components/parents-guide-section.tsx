import { ErrorState } from '@/components/error-state';
import { Section } from '@/components/section';
import { SectionSkeleton } from '@/components/skeleton';
import { useParentGuide } from '../api/get-parent-guide';

export function ParentsGuideSection({ movieId }: { movieId: string }) {
  const guide = useParentGuide(movieId);
  return (
    <Section id="parents" title="Parents guide">
      {guide.isPending ? (
        <SectionSkeleton label="the parents guide" rows={2} />
      ) : guide.isError ? (
        <ErrorState
          title="The parents guide could not be loaded."
          error={guide.error}
          onRetry={() => void guide.refetch()}
          retrying={guide.isFetching}
        />
      ) : (
        <div className="space-y-4">
          <p className="text-xl font-bold">{guide.data.verdict}</p>
          <p>{guide.data.summary}</p>
          <h3 className="font-semibold">What parents need to know</h3>
          <p>{guide.data.parentsNeedToKnow}</p>
          <h3 className="font-semibold">Families can talk about</h3>
          <ul className="list-disc space-y-1 pl-5">
            {guide.data.talkAbout.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
          <ul className="space-y-2">
            {guide.data.content.map((c) => (
              <li key={c.key}>
                <span className="font-semibold">{c.label}</span>: {c.rating} out of 5. {c.explanation}
              </li>
            ))}
          </ul>
        </div>
      )}
    </Section>
  );
}
