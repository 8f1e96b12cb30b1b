import type { Band } from '@/domain/schemas';

/** Fill colour of a band (bars, swatches): the same hues as ScoreBadge. Never the only signal: pair with text. */
export const BAND_BG: Record<Band, string> = {
  positive: 'bg-green-700',
  mixed: 'bg-amber-400',
  negative: 'bg-red-700',
};

/**
 * Forced colours (Windows high contrast) paint every background as Canvas, so a bar, meter segment or swatch would
 * vanish: these keep the element's own fill (`forced-color-adjust: none`, on leaves only, so no text inherits it)
 * and fill it with a system colour, CanvasText, or Highlight when it is the selected one.
 */
export const FORCED_FILL = 'forced-color-adjust-none forced-colors:bg-[CanvasText]';
export const FORCED_FILL_SELECTED = 'forced-color-adjust-none forced-colors:bg-[Highlight]';
