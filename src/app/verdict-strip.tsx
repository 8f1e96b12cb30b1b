import { CriticVerdict } from '@/features/critics/components/critic-verdict';
import { ParentVerdict } from '@/features/parents-guide/components/parent-verdict';
import { UserVerdict } from '@/features/user-reviews/components/user-verdict';
import { CriticsAndAudience } from './critics-and-audience';

/**
 * The three verdicts on the first screen, each a link to its section, and how critics and audiences compare.
 * Every figure is a section's own summary query (prerendered), so the strip and the sections never disagree.
 */
export function VerdictStrip({ movieId }: { movieId: string }) {
  return (
    <section aria-labelledby="glance-heading" className="space-y-2.5">
      <h2 id="glance-heading" className="sr-only">
        At a glance
      </h2>
      <ul className="grid gap-2 sm:grid-cols-2 sm:gap-3 lg:grid-cols-3">
        <li>
          <CriticVerdict movieId={movieId} />
        </li>
        <li>
          <UserVerdict movieId={movieId} />
        </li>
        {/* between 640 and 1024 px the two scores share a row and the age verdict has one to itself */}
        <li className="sm:col-span-2 lg:col-span-1">
          <ParentVerdict movieId={movieId} />
        </li>
      </ul>
      <CriticsAndAudience movieId={movieId} />
    </section>
  );
}
