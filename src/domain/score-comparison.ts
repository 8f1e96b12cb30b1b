import { formatCriticScore, formatUserScore } from './scores';

/**
 * How far apart the critics' and the audience's scores may be, in points of a 0–100 scale, and still count as
 * about the same: half a verdict band (each label spans 20 points, e.g. 40–60 "mixed or average").
 */
export const AGREEMENT_MARGIN = 10;

export type Agreement = 'audience-higher' | 'critics-higher' | 'about-the-same';

export interface ScoreComparison {
  agreement: Agreement;
  /** the critics' score as shown (a whole number, 0–100) */
  critics: number;
  /** the audience's score as shown (one decimal, 0–10), on the critics' 0–100 scale */
  audience: number;
  /** audience minus critics, in points of 0–100 */
  gap: number;
}

/**
 * Critics (0–100) against the audience (0–10), both compared as the page shows them (42 and 6.4, not 42.3 and
 * 6.4285…), on one 0–100 scale: the audience's score times ten. Fewer than AGREEMENT_MARGIN points apart is
 * about the same; otherwise the higher side liked the film more.
 */
export function compareCriticsAndAudience(criticScore: number, userScore: number): ScoreComparison {
  const critics = Number(formatCriticScore(criticScore));
  const audience = Math.round(Number(formatUserScore(userScore)) * 10);
  const gap = audience - critics;
  const agreement: Agreement =
    Math.abs(gap) < AGREEMENT_MARGIN ? 'about-the-same' : gap > 0 ? 'audience-higher' : 'critics-higher';
  return { agreement, critics, audience, gap };
}
