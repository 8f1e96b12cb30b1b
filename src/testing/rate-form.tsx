import { screen, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { RateMovie } from '@/features/user-reviews/components/rate-movie';
import { renderApp } from './render-app';

/**
 * The reader's part of the user reviews section (the rating form, or their own review with Edit and Delete),
 * without the score, the charts and the picks around it: a role query by name computes the name of every element
 * of that role in its container, and jsdom works out the styles that reads again after each change to the page, so
 * the less there is, the cheaper each lookup. The section around it is tested in user-reviews-section.test.tsx.
 */
export const renderRateMovie = (movieId: string, options?: Parameters<typeof renderApp>[1]) =>
  renderApp(<RateMovie movieId={movieId} />, options);

/** The rating form, once it has loaded (lazily): its fields are looked up within it. */
export const rateForm = async () =>
  within(await screen.findByRole('form', { name: 'Rate this movie' }, { timeout: 5000 }));

/**
 * The form's fields and button, looked up together before anything changes the page (after a change, the next role
 * query by name works out every style it reads again), and kept: the form keeps its fields while it is on the page.
 */
export const rateFields = (form: ReturnType<typeof within>) => ({
  nick: form.getByRole('textbox', { name: 'Nickname' }),
  title: form.getByRole('textbox', { name: /Title/ }),
  text: form.getByRole('textbox', { name: /Your review/ }),
  submit: form.getByRole('button', { name: 'Submit rating' }),
});

/** The rating form once it has loaded, with its fields and button (rateFields). */
export async function openRateForm() {
  const form = await rateForm();
  return { form, ...rateFields(form) };
}
export type OpenRateForm = Awaited<ReturnType<typeof openRateForm>>;

/**
 * Fills the rating form without sending it: chooses `score`, enters the nickname (in place of any remembered one)
 * and, when given, the review text. Pasted: for tests about what a submit does, not about single keystrokes.
 */
export async function fillRating(
  user: ReturnType<typeof userEvent.setup>,
  { form, nick, text: textField }: OpenRateForm,
  { score, author, text }: { score: number; author?: string; text?: string },
) {
  // looked up before the first click: after any change to the page a lookup by name works out every style again
  const choice = form.getByRole('radio', { name: new RegExp(`^${score},`) });
  await user.click(choice);
  await user.clear(nick);
  if (author) await enter(user, nick, author);
  if (text) await enter(user, textField, text);
}

/** Words entered as one paste: for tests about what the form does with words, not about single keystrokes. */
export async function enter(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, words: string) {
  await user.click(field);
  await user.paste(words);
}
