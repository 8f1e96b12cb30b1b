/**
 * Reader-typed text is compared, counted and stored as a reader sees it: composed (NFC), so an "é" typed as
 * e + a combining accent is one character, and counted in grapheme clusters, so a family emoji of seven code
 * points (eleven UTF-16 units) is one character too.
 */

export const normalizeText = (s: string): string => s.normalize('NFC');

let segmenter: Intl.Segmenter | null | undefined;
const graphemes = (): Intl.Segmenter | null =>
  segmenter !== undefined
    ? segmenter
    : (segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('en', { granularity: 'grapheme' }) : null);

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** How many characters a reader sees in `s` (grapheme clusters of its NFC form). */
export function countCharacters(s: string): number {
  const text = normalizeText(s);
  if (PRINTABLE_ASCII.test(text)) return text.length; // one character per unit: the common case, at once
  const seg = graphemes();
  if (!seg) return [...text].length; // no Intl.Segmenter: code points, the closest
  let n = 0;
  for (const _ of seg.segment(text)) n++;
  return n;
}

/**
 * Characters that draw nothing: white space, format and control characters (zero-width spaces and joiners,
 * direction marks and overrides), the default-ignorable ones (e.g. the Hangul filler) and the blank braille
 * pattern. A name made only of these would be shown blank.
 */
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u2800]/u;

export const hasVisibleCharacter = (s: string): boolean => VISIBLE.test(s);
