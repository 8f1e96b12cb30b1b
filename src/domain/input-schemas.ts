import { countCharacters, hasVisibleCharacter } from './text';
import { z } from './zod';

/**
 * What readers send: the forms validate with these before a request, and the API validates the request with the
 * same (src/domain/schemas.ts re-exports them with the rest of the contract). A module of its own so that a form
 * builds only these few schemas when it loads, not the whole contract (measured on the overview at 4× CPU
 * slowdown: building every schema was a task of about 400 ms in an unminified build).
 */

export const isoDate = z.iso.date();

export const familyRoleSchema = z.enum(['parent', 'kid']);
export type FamilyRole = z.infer<typeof familyRoleSchema>;

/** Reader text: composed (NFC) and without surrounding white space, then counted as a reader sees characters. */
const readerText = () => z.string().normalize('NFC').trim();
const atMost = (max: number) => (s: string) => countCharacters(s) <= max;
/** A name or title that is there must show: one made only of zero-width or blank characters is refused. */
const visibleIfAny = (s: string) => s === '' || hasVisibleCharacter(s);

export const USER_REVIEW_LIMITS = { nickname: [2, 40], title: 100, text: [75, 5000] } as const;

export const userReviewInputSchema = z.strictObject({
  score: z
    .number({ error: 'Choose a rating from 0 to 10' })
    .int('Choose a whole number from 0 to 10')
    .min(0, 'Choose a rating from 0 to 10')
    .max(10, 'Choose a rating from 0 to 10'),
  author: readerText()
    .refine(visibleIfAny, 'Nickname needs characters that can be seen')
    .refine((s) => countCharacters(s) >= 2, 'Nickname needs at least 2 characters')
    .refine(atMost(40), 'Nickname can have at most 40 characters'),
  title: readerText()
    .refine(visibleIfAny, 'A title needs characters that can be seen (or leave it empty)')
    .refine(atMost(100), 'Title can have at most 100 characters')
    .optional()
    .default(''),
  text: readerText()
    .refine(
      (t) => t.length === 0 || countCharacters(t) >= 75,
      'A review needs at least 75 characters (or leave it empty)',
    )
    .refine(atMost(5000), 'A review can have at most 5,000 characters')
    .optional()
    .default(''),
  spoiler: z.boolean().optional().default(false),
  /** the reader's calendar date where they are (a new review is dated with it; see readerDate in dates.ts) */
  date: isoDate.optional(),
});
export type UserReviewInput = z.input<typeof userReviewInputSchema>;
export type UserReviewParsed = z.output<typeof userReviewInputSchema>;

export const voteSchema = z.enum(['up', 'down', 'none']);
export type Vote = z.infer<typeof voteSchema>;
export const voteInputSchema = z.strictObject({ vote: voteSchema });
export type VoteInput = z.input<typeof voteInputSchema>;

export const familyReviewInputSchema = z.strictObject({
  role: z.enum(familyRoleSchema.options, { error: 'Choose whether you are a parent or a kid' }),
  author: readerText()
    .refine(visibleIfAny, 'Your name needs characters that can be seen (or leave it empty)')
    .refine(atMost(40), 'Name can have at most 40 characters')
    .optional()
    .default(''),
  age: z
    .number({ error: 'Choose an age from 2 to 18' })
    .int('Choose a whole age from 2 to 18')
    .min(2, 'Choose an age from 2 to 18')
    .max(18, 'Choose an age from 2 to 18'),
  stars: z
    .number({ error: 'Choose 1 to 5 stars' })
    .int('Choose 1 to 5 stars')
    .min(1, 'Choose 1 to 5 stars')
    .max(5, 'Choose 1 to 5 stars'),
  text: z
    .string({ error: 'Write your review' })
    .normalize('NFC')
    .trim()
    .refine((s) => countCharacters(s) >= 20, 'Your review needs at least 20 characters')
    .refine(atMost(2000), 'Your review can have at most 2,000 characters'),
});
export type FamilyReviewInput = z.input<typeof familyReviewInputSchema>;
export type FamilyReviewParsed = z.output<typeof familyReviewInputSchema>;
