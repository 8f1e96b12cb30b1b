import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCharacters } from './text';
import { familyReviewInputSchema, USER_REVIEW_LIMITS, userReviewInputSchema } from './schemas';

const FIELDS = new Set(['score', 'author', 'title', 'text', 'spoiler']);
const [MIN, MAX] = USER_REVIEW_LIMITS.text;

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: fc.constantFrom(...'שלום مرحبا \u200f\u202e'.split('')), maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('😀', '👨‍👩‍👧', '🇫🇷', ' ', '\n'), maxLength: 120 }),
  fc.constantFrom('<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '', ' \n\t ', ' '.repeat(500)),
  fc.constantFrom('x'.repeat(100_000), 'y'.repeat(MAX), 'y'.repeat(MAX + 1), 'z'.repeat(MIN), 'z'.repeat(MIN - 1)),
);

describe('userReviewInputSchema (fast-check)', () => {
  it('accepts a value unchanged but for surrounding whitespace, or refuses it with a message per field', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -5, max: 15 }), fc.double(), fc.constant(undefined), fc.string()),
        text,
        text,
        text,
        fc.option(fc.boolean(), { nil: undefined }),
        (score, author, title, body, spoiler) => {
          const result = userReviewInputSchema.safeParse({ score, author, title, text: body, spoiler });
          if (result.success) {
            expect(result.data).toEqual({
              score,
              author: author.normalize('NFC').trim(),
              title: title.normalize('NFC').trim(),
              text: body.normalize('NFC').trim(),
              spoiler: spoiler ?? false,
            });
            expect(Number.isInteger(score) && (score as number) >= 0 && (score as number) <= 10).toBe(true);
            const n = countCharacters(body.normalize('NFC').trim());
            expect(n === 0 || (n >= MIN && n <= MAX)).toBe(true);
          } else {
            for (const issue of result.error.issues) {
              expect(FIELDS.has(String(issue.path[0]))).toBe(true);
              expect(issue.message.trim().length).toBeGreaterThan(5);
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('a rating alone is valid; the edges are where the rules say', () => {
    expect(userReviewInputSchema.safeParse({ score: 0, author: 'Al' }).success).toBe(true);
    expect(userReviewInputSchema.safeParse({ score: 10, author: 'Al', text: 'z'.repeat(MIN) }).success).toBe(true);
    expect(userReviewInputSchema.safeParse({ score: 10, author: 'Al', text: 'z'.repeat(MIN - 1) }).success).toBe(false);
    expect(userReviewInputSchema.safeParse({ score: 10, author: 'Al', text: 'z'.repeat(MAX + 1) }).success).toBe(false);
    expect(userReviewInputSchema.safeParse({ score: 10, author: 'A' }).success).toBe(false);
    expect(userReviewInputSchema.safeParse({ score: 10, author: 'A'.repeat(41) }).success).toBe(false);
    expect(userReviewInputSchema.safeParse({ score: 10, author: 'Al', title: 't'.repeat(101) }).success).toBe(false);
    expect(userReviewInputSchema.safeParse({ score: 10.5, author: 'Al' }).success).toBe(false);
  });
});

/* ---------- characters as a reader sees them (issue 15, item 9) ---------- */

const E_DECOMPOSED = 'e\u0301'; // é as two code points
const FAMILY = '👨‍👩‍👧‍👦'; // one character, eleven code units
const user = (fields: Record<string, unknown>) =>
  userReviewInputSchema.safeParse({ score: 7, author: 'Al', ...fields });
const family = (fields: Record<string, unknown>) =>
  familyReviewInputSchema.safeParse({ role: 'parent', age: 9, stars: 4, text: 'x'.repeat(20), ...fields });
const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.error?.issues.map((i) => i.message) ?? [];

describe('input lengths count characters, not code units', () => {
  it('counts a decomposed é once, and stores it composed (NFC)', () => {
    const title = E_DECOMPOSED.repeat(100);
    const r = user({ title });
    expect(r.success).toBe(true);
    expect(r.data?.title).toBe('é'.repeat(100));
    expect(user({ title: E_DECOMPOSED.repeat(101) }).success).toBe(false);
    expect(family({ text: E_DECOMPOSED.repeat(2_000) }).success).toBe(true);
    expect(user({ author: `Zo${'e\u0308'}` }).data?.author).toBe('Zoë');
  });

  it('counts a family emoji once: seven are 7 characters, not 77', () => {
    expect(user({ author: FAMILY }).success).toBe(false); // one character; a nickname needs two
    expect(user({ author: FAMILY.repeat(40) }).success).toBe(true);
    expect(user({ text: FAMILY.repeat(74) }).success).toBe(false); // 74 characters < 75
    expect(user({ text: FAMILY.repeat(75) }).success).toBe(true);
    expect(family({ text: FAMILY.repeat(19) }).success).toBe(false);
    expect(family({ text: FAMILY.repeat(2_000) }).success).toBe(true);
    expect(family({ author: FAMILY.repeat(41) }).success).toBe(false);
  });
});

describe('names need a character that can be seen', () => {
  for (const invisible of [
    '\u200b\u200b\u200b',
    '\u200b \u200c\u200d\u2060',
    '\u202e\u202e',
    '\u3164\u3164',
    '\u2800\u2800',
  ]) {
    it(`refuses the nickname ${JSON.stringify(invisible)} with a message, and the same as a parent's name or a title`, () => {
      expect(messages(user({ author: invisible }))).toContain('Nickname needs characters that can be seen');
      expect(messages(user({ title: invisible }))).toContain(
        'A title needs characters that can be seen (or leave it empty)',
      );
      expect(messages(family({ author: invisible }))).toContain(
        'Your name needs characters that can be seen (or leave it empty)',
      );
    });
  }

  it('accepts names in any script, with emoji or with marks for right-to-left text inside', () => {
    for (const author of ['שלום', 'مرحبا', '😀😀', 'Al', '\u200fשרה\u200f'])
      expect(user({ author }).success).toBe(true);
  });
});
