import type { FamilyAggregate, FamilyReview, FamilyRole } from './schemas';
import { formatCount } from './scores';

export const MIN_AGE = 2;
export const MAX_AGE = 18;

/**
 * Median recommended age. With an even count the two middle ages are averaged and rounded
 * up: an "age N+" verdict should err towards the older age when parents split.
 */
export function medianAge(ages: readonly number[]): number | null {
  if (ages.length === 0) return null;
  const sorted = [...ages].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[mid]!;
  return Math.ceil((sorted[mid - 1]! + sorted[mid]!) / 2);
}

export function familyAggregate(reviews: readonly FamilyReview[], role: FamilyRole): FamilyAggregate {
  const ages = reviews.filter((r) => r.role === role).map((r) => r.age);
  const spread = Array.from({ length: MAX_AGE - MIN_AGE + 1 }, () => 0);
  for (const a of ages) spread[a - MIN_AGE]! += 1;
  return { count: ages.length, medianAge: medianAge(ages), ages: spread };
}

export const FAMILY_ROLES: readonly FamilyRole[] = ['parent', 'kid'];

/** The `role` search param: parent or kid; anything else (or nothing) means both. */
export function parseFamilyRole(value: string | null | undefined): FamilyRole | null {
  return FAMILY_ROLES.find((r) => r === value) ?? null;
}

export const reviewCount = (n: number): string => `${formatCount(n)} review${n === 1 ? '' : 's'}`;

/** The ages that were chosen at least once, youngest first, from an aggregate's spread. */
export function chosenAges(agg: FamilyAggregate): { age: number; count: number }[] {
  return agg.ages.flatMap((count, i) => (count > 0 ? [{ age: i + MIN_AGE, count }] : []));
}

/** "age 9 (2 reviews), age 12 (1 review)": the age spread in words, the chart's text equivalent. */
export function describeAgeSpread(agg: FamilyAggregate): string {
  return chosenAges(agg)
    .map(({ age, count }) => `age ${age} (${reviewCount(count)})`)
    .join(', ');
}
