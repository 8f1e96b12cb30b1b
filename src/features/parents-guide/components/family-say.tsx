import { moviePath } from '@/lib/movie-paths';
import { Link } from '@/lib/router';
import { reviewCount } from '@/domain/family';
import type { FamilyAggregate, FamilyRole } from '@/domain/schemas';
import { AgeSpreadChart } from './age-spread-chart';

const WORDS: Record<FamilyRole, { title: string; who: string; one: string }> = {
  parent: { title: 'Parents say', who: 'parents', one: 'parent' },
  kid: { title: 'Kids say', who: 'kids', one: 'kid' },
};

export const FORM_ANCHOR = 'family-review-form';
/** The family form, on the parents' guide page (from the overview too). */
export const familyFormHref = (movieId: string) => `${moviePath(movieId, 'parents-guide')}#${FORM_ANCHOR}`;

/** "Parents say: age 12+ (1 review)" with the spread of ages, or an invitation to write the first. */
export function FamilySay({
  movieId,
  role,
  aggregate,
}: {
  movieId: string;
  role: FamilyRole;
  aggregate: FamilyAggregate;
}) {
  const words = WORDS[role];
  return (
    <div className="rounded-xl border border-stone-300 bg-white p-4 dark:border-stone-700 dark:bg-stone-900">
      {aggregate.medianAge === null ? (
        <>
          <h4 className="text-lg font-bold">{words.title}</h4>
          <p className="mt-2">No {words.one} reviews yet. Be the first to say what age it suits.</p>
          <Link
            href={familyFormHref(movieId)}
            className="mt-3 inline-block rounded-md border border-stone-400 px-3 py-1.5 text-sm font-semibold hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
          >
            Add a {words.one} review
          </Link>
        </>
      ) : (
        <>
          <h4 className="text-lg font-bold">
            {words.title}: <span className="text-sky-800 dark:text-sky-300">age {aggregate.medianAge}+</span>{' '}
            <span className="font-normal text-stone-600 dark:text-stone-400">({reviewCount(aggregate.count)})</span>
          </h4>
          <p className="text-sm text-stone-600 dark:text-stone-400">The middle of the ages {words.who} chose.</p>
          <AgeSpreadChart aggregate={aggregate} label={words.who} />
        </>
      )}
    </div>
  );
}
