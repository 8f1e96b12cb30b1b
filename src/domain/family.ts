import type { FamilyAggregate, FamilyReview, FamilyRole } from './schemas';

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
