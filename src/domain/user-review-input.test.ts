import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { USER_REVIEW_LIMITS, userReviewInputSchema } from './schemas';

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
              author: author.trim(),
              title: title.trim(),
              text: body.trim(),
              spoiler: spoiler ?? false,
            });
            expect(Number.isInteger(score) && (score as number) >= 0 && (score as number) <= 10).toBe(true);
            const n = body.trim().length;
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
