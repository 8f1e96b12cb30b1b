/**
 * Lower bound of the Wilson score interval for a proportion of helpful votes
 * (z = 1.96, 95 %). Ranks 95 of 100 above 2 of 2, which a raw ratio or total would not.
 */
export function wilsonLowerBound(up: number, down: number, z = 1.96): number {
  const n = up + down;
  if (n === 0) return 0;
  const p = up / n;
  const z2 = z * z;
  return (p + z2 / (2 * n) - z * Math.sqrt((p * (1 - p) + z2 / (4 * n)) / n)) / (1 + z2 / n);
}
