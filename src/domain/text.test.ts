import { describe, expect, it } from 'vitest';
import { countCharacters, hasVisibleCharacter, normalizeText } from './text';

describe('countCharacters', () => {
  it('counts what a reader sees', () => {
    expect(countCharacters('')).toBe(0);
    expect(countCharacters('plain ASCII')).toBe(11);
    expect(countCharacters('e\u0301')).toBe(1);
    expect(countCharacters('👨‍👩‍👧‍👦'.repeat(7))).toBe(7);
    expect(countCharacters('🇫🇷👍🏽')).toBe(2);
    expect(countCharacters('שלום')).toBe(4);
    expect(countCharacters('a\r\nb')).toBe(3);
  });

  it('composes text (NFC)', () => {
    expect(normalizeText('Zoe\u0308')).toBe('Zoë');
  });
});

describe('hasVisibleCharacter', () => {
  it('is false for text made only of blank, zero-width, direction or filler characters', () => {
    for (const s of [
      '',
      ' \t\n',
      '\u200b\u200c\u200d\u2060\ufeff',
      '\u202e\u202d\u200f\u2066\u2069',
      '\u3164\u115f',
      '\u2800',
      '\u00ad',
    ])
      expect(hasVisibleCharacter(s)).toBe(false);
  });
  it('is true as soon as one character shows', () => {
    for (const s of ['a', '\u200b.', 'ש', '😀', '\u202eabc', '\u0301']) expect(hasVisibleCharacter(s)).toBe(true);
  });
});
