import type { Band } from '@/domain/schemas';

/** Fill colour of a band (bars, swatches): the same hues as ScoreBadge. Never the only signal: pair with text. */
export const BAND_BG: Record<Band, string> = {
  positive: 'bg-green-700',
  mixed: 'bg-amber-400',
  negative: 'bg-red-700',
};
