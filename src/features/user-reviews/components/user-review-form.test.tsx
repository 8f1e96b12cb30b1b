import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { configureClient } from '@/api/client';
import { userReviewInputSchema } from '@/domain/schemas';
import { readerSnapshot, resetReaderStore } from '@/stores/reader-store';
import { otherTabSavesReader } from '@/testing/other-tab';
import { enter, fillRating, openRateForm, rateFields, rateForm, renderRateMovie } from '@/testing/rate-form';
import { renderApp } from '@/testing/render-app';
import { UserReviewsSection } from './user-reviews-section';

const MOVIE = 'wont-back-down';
const LONG = 'x'.repeat(40) + ' a review that is long enough to pass the seventy-five character minimum.';

/** The rating form, rendered and loaded, and its fields. */
function openForm() {
  renderRateMovie(MOVIE);
  return openRateForm();
}

// The contract and the form load on demand; on a busy machine their first import takes seconds: once, here.
beforeAll(() => Promise.all([import('@/domain/schemas'), import('./user-review-form')]), 60_000);
beforeEach(() => resetReaderStore());

describe('the rating form', () => {
  it('shows every field error beside its field, linked with aria-describedby and aria-invalid', async () => {
    const user = userEvent.setup();
    const { form, nick, text, submit } = await openForm();
    const zero = form.getAllByRole('radio')[0];
    await enter(user, text, 'too short');
    await user.click(submit);
    await waitFor(() => expect(nick).toHaveAttribute('aria-invalid', 'true'));
    expect(nick).toHaveAccessibleDescription(/Nickname needs at least 2 characters/);
    expect(text).toHaveAttribute('aria-invalid', 'true');
    expect(text).toHaveAccessibleDescription(/A review needs at least 75 characters/);
    expect(zero).toHaveAccessibleDescription('Choose a rating from 0 to 10');
    expect(form.getByText('9 / 5,000 characters (66 more needed)')).toBeInTheDocument();
  });

  it('counts characters as a reader sees them: a decomposed é once, a family emoji once (issue 15, item 9)', async () => {
    const user = userEvent.setup();
    const { form, text } = await openForm();
    await enter(user, text, 'e\u0301'.repeat(80));
    expect(form.getByText('80 / 5,000 characters')).toBeInTheDocument();
    await user.clear(text);
    await user.paste('👨‍👩‍👧‍👦'.repeat(7));
    expect(form.getByText('7 / 5,000 characters (68 more needed)')).toBeInTheDocument();
  });

  it('refuses a nickname of zero-width spaces with a message beside the field (issue 15, item 9)', async () => {
    const user = userEvent.setup();
    const opened = await openForm();
    const { nick, submit } = opened;
    await fillRating(user, opened, { score: 7, author: '\u200b\u200b\u200b' });
    await user.click(submit);
    await waitFor(() => expect(nick).toHaveAttribute('aria-invalid', 'true'));
    expect(nick).toHaveAccessibleDescription(/Nickname needs characters that can be seen/);
  });

  it('dates a new review on the reader’s own calendar day, not UTC’s (issue 15, item 9)', async () => {
    const tz = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-05-02T04:30:00Z')); // 21:30 on May 1 in Los Angeles
    try {
      const user = userEvent.setup();
      const opened = await openForm();
      await fillRating(user, opened, { score: 7, author: 'Angeleno' });
      await user.click(opened.submit);
      expect(await screen.findByText(/You rated this movie on May 1, 2024/)).toBeInTheDocument();
    } finally {
      vi.useRealTimers();
      process.env.TZ = tz;
    }
  });

  it('is usable by keyboard: Tab to the rating, arrows to choose', async () => {
    const user = userEvent.setup();
    const { form } = await openForm();
    const two = form.getByRole('radio', { name: /^2,/ });
    form.getByRole('radio', { name: /^0,/ }).focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(two).toBeChecked();
    expect(form.getByText('You chose 2: negative.')).toBeInTheDocument();
  });

  it('keeps focus on its button while saving (aria-disabled: a disabled button drops focus) and sends once', async () => {
    const user = userEvent.setup();
    const { api } = renderRateMovie(MOVIE);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const posts = vi.fn();
    configureClient({
      transport: async (req) => {
        if (req.method !== 'POST') return api.fetch(req);
        posts();
        await held;
        return api.fetch(req);
      },
    });
    const opened = await openRateForm();
    const { form } = opened;
    await fillRating(user, opened, { score: 7, author: 'Tester' });
    await user.click(opened.submit);
    const saving = await form.findByRole('button', { name: 'Saving…' });
    expect(saving).toHaveFocus();
    expect(saving).not.toBeDisabled();
    expect(saving).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    expect(posts).toHaveBeenCalledTimes(1);
    release();
    expect(await screen.findByRole('heading', { name: 'Your rating: 7 out of 10' })).toBeInTheDocument();
    expect(posts).toHaveBeenCalledTimes(1);
  });

  it('maps the API’s 422 field errors onto the fields and keeps the draft', async () => {
    const user = userEvent.setup();
    const { api } = renderRateMovie(MOVIE);
    configureClient({
      transport: (req) =>
        req.method === 'POST'
          ? Response.json(
              {
                error: {
                  code: 'validation_failed',
                  message: 'Some fields need attention.',
                  fields: { text: ['The server refused this text'], author: ['That nickname is taken'] },
                },
              },
              { status: 422 },
            )
          : api.fetch(req),
    });
    const opened = await openRateForm();
    const { nick, text, submit } = opened;
    await fillRating(user, opened, { score: 7, author: 'Tester', text: LONG });
    await user.click(submit);
    await waitFor(() => expect(text).toHaveAccessibleDescription(/The server refused this text/));
    expect(nick).toHaveAccessibleDescription(/That nickname is taken/);
    expect(screen.getByRole('alert')).toHaveTextContent(/Some fields need attention/);
    expect(text).toHaveValue(LONG);
  });

  it('autosaves the draft and restores it after a reload; prefills the remembered nickname', async () => {
    const user = userEvent.setup();
    const first = renderRateMovie(MOVIE);
    const form = await rateForm();
    const { title } = rateFields(form);
    const spoiler = form.getByRole('checkbox', { name: /Contains spoilers/ });
    await user.click(form.getByRole('radio', { name: /^8,/ }));
    await enter(user, title, 'Draft title');
    await user.click(spoiler);
    expect(readerSnapshot().userDrafts[MOVIE]).toMatchObject({ score: 8, title: 'Draft title', spoiler: true });
    first.unmount();
    renderRateMovie(MOVIE);
    const again = await rateForm();
    expect(again.getByRole('radio', { name: /^8,/ })).toBeChecked();
    expect(again.getByRole('textbox', { name: /Title/ })).toHaveValue('Draft title');
    expect(again.getByRole('checkbox', { name: /Contains spoilers/ })).toBeChecked();
  });

  it('prefills the nickname remembered from the last review', async () => {
    readerSnapshot().actions.nicknameUsed('Remembered');
    renderRateMovie(MOVIE);
    expect((await rateForm()).getByRole('textbox', { name: 'Nickname' })).toHaveValue('Remembered');
  });
});

describe('the rating form and the words it did not send', () => {
  it('takes up a draft another tab saved before it writes its own: a rating clicked in an idle tab keeps that text (issue 15, item 1)', async () => {
    const user = userEvent.setup();
    const { form, nick, text } = await openForm();
    const seven = form.getByRole('radio', { name: /^7,/ });
    // tab A writes a long review (autosaved) while this tab is idle, then tab A is closed
    const fromA = { score: null, author: 'Tab A', title: 'Written in tab A', text: LONG, spoiler: false };
    otherTabSavesReader((saved) => ({ ...saved, userDrafts: { [MOVIE]: fromA } }));
    // here a rating is clicked: the saved draft keeps tab A's words, with the rating on top
    await user.click(seven);
    expect(readerSnapshot().userDrafts[MOVIE]).toEqual({ ...fromA, score: 7 });
    expect(localStorage.getItem('verdict:reader')).toContain(LONG);
    // and the form shows them, so what it sends is what the reader sees
    expect(text).toHaveValue(LONG);
    expect(nick).toHaveValue('Tab A');
  }, 30_000);

  it('keeps what was typed while a new review was saving as the draft, and opens it in the editor (issue 15, item 2)', async () => {
    const user = userEvent.setup();
    const { api } = renderRateMovie(MOVIE);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    configureClient({
      transport: async (req) => (req.method === 'POST' ? held.then(() => api.fetch(req)) : api.fetch(req)),
    });
    const opened = await openRateForm();
    const { form, text, submit } = opened;
    await fillRating(user, opened, { score: 8, author: 'Tester', text: LONG });
    await user.click(submit);
    expect(await form.findByRole('button', { name: 'Saving…' })).toHaveAttribute('aria-disabled', 'true');
    await enter(user, text, ' One more thought.');
    release();
    expect(await screen.findByText(/Thank you\. Your rating of 8 out of 10 was added\./)).toBeInTheDocument();
    const edit = await screen.findByRole('form', { name: 'Edit your review' });
    expect(within(edit).getByRole('textbox', { name: /Your review/ })).toHaveValue(`${LONG} One more thought.`);
    expect(screen.getByRole('status')).toHaveTextContent(/typed while it was being saved is kept/);
    expect(readerSnapshot().userDrafts[MOVIE]).toMatchObject({ text: `${LONG} One more thought.` });
    const own = (await (await api.request(`/api/movies/${MOVIE}/user-reviews?limit=1`)).json()) as {
      items: { text: string }[];
    };
    expect(own.items[0]?.text).toBe(LONG);
  }, 30_000);

  // the whole section: while the reader edits, their review is shown once in it, above the editor
  it('keeps what was typed while an edit was saving as the draft, in the editor (issue 15, item 2)', async () => {
    const user = userEvent.setup();
    const { api } = renderApp(<UserReviewsSection movieId={MOVIE} view="overview" />);
    const opened = await openRateForm();
    await fillRating(user, opened, { score: 6, author: 'Tester' });
    await user.click(opened.submit);
    await user.click(await screen.findByRole('button', { name: 'Edit your review' }));
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    configureClient({
      transport: async (req) => (req.method === 'PUT' ? held.then(() => api.fetch(req)) : api.fetch(req)),
    });
    const edit = within(await screen.findByRole('form', { name: 'Edit your review' }));
    const title = edit.getByRole('textbox', { name: /Title/ });
    await enter(user, title, 'First');
    await user.click(edit.getByRole('button', { name: 'Update your review' }));
    expect(await edit.findByRole('button', { name: 'Saving…' })).toHaveAttribute('aria-disabled', 'true');
    await enter(user, title, ' and second thoughts');
    release();
    expect(await screen.findByText(/Your review was updated: 6 out of 10\./)).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Edit your review' })).toBeInTheDocument();
    expect(title).toHaveValue('First and second thoughts');
    expect(readerSnapshot().userDrafts[MOVIE]).toMatchObject({ title: 'First and second thoughts' });
    expect(
      within(screen.getByRole('region', { name: 'User reviews' })).getAllByRole('heading', { name: 'First' }),
    ).toHaveLength(1);
  }, 30_000);
});

/* ---------- property: anything typed is accepted and shown exactly as typed, or refused with a message ---------- */

const rtl = fc.string({ unit: fc.constantFrom(...'שלום עולם مرحبا بالعالم \u200f\u202e'.split('')), maxLength: 120 });
const emoji = fc.string({ unit: fc.constantFrom('😀', '👍🏽', '👨‍👩‍👧', '🇫🇷', '❤️', ' '), maxLength: 60 });
const markup = fc.constantFrom(
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '&lt;b&gt;not bold&lt;/b&gt;',
);
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', minLength: 70, maxLength: 90 }),
  rtl,
  emoji,
  markup,
  fc.tuple(markup, fc.string({ unit: 'grapheme', minLength: 80, maxLength: 120 })).map(([a, b]) => `${a} ${b}`),
  fc.constantFrom('', '   ', '\n\t \n', ' '.repeat(200), 'x'.repeat(100_000), 'y'.repeat(5_000), 'z'.repeat(5_001)),
);
const anyName = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  rtl,
  emoji,
  markup,
  fc.constantFrom('', '  ', 'Al'),
);

describe('the rating form, for arbitrary input (fast-check)', () => {
  it('accepts exactly what the schema accepts, shows it as typed, and otherwise says why; never crashes', async () => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
        anyName,
        fc.oneof(fc.constant(''), anyName),
        anyText,
        async (score, author, title, text) => {
          tried += 1;
          resetReaderStore();
          const { unmount, api, container: region } = renderRateMovie(MOVIE);
          try {
            const form = await rateForm();
            const fields = rateFields(form);
            const nick = fields.nick as HTMLInputElement;
            const titleBox = fields.title as HTMLInputElement;
            const textBox = fields.text as HTMLTextAreaElement;
            if (score !== null) fireEvent.click(form.getByRole('radio', { name: new RegExp(`^${score},`) }));
            fireEvent.change(nick, { target: { value: author } });
            fireEvent.change(titleBox, { target: { value: title } });
            fireEvent.change(textBox, { target: { value: text } });
            // what the fields hold is what was typed (an input drops line breaks, as a browser does)
            const typed = { score: score ?? undefined, author: nick.value, title: titleBox.value, text: textBox.value };
            const expected = userReviewInputSchema.safeParse({ ...typed, spoiler: false });
            fireEvent.click(fields.submit);
            if (expected.success) {
              await waitFor(() => expect(region).toHaveTextContent('was added'));
              const own = within(region)
                .getAllByRole('article')
                .find((a) => within(a).queryByText('Your review'))!;
              // as typed, composed (NFC), without surrounding spaces
              const shownText = typed.text.normalize('NFC').trim();
              const shownTitle = typed.title.normalize('NFC').trim();
              if (shownText) expect([...own.querySelectorAll('p')].map((p) => p.textContent)).toContain(shownText);
              if (shownTitle) expect(own.querySelector('h4')?.textContent).toBe(shownTitle);
              expect(own.querySelector('img, script, svg')).toBeNull();
            } else {
              await waitFor(() => expect(region.querySelectorAll('[aria-invalid="true"]').length).toBeGreaterThan(0));
              for (const el of region.querySelectorAll('[aria-invalid="true"]')) {
                expect(el).toHaveAccessibleDescription(/\S/);
              }
              const list = (await (await api.request(`/api/movies/${MOVIE}/user-reviews`)).json()) as { total: number };
              expect(list.total).toBe(13);
            }
          } finally {
            unmount();
          }
        },
      ),
      // the schema itself is checked on 400 inputs in node (src/domain/user-review-input.test.ts); here each run
      // renders the form (a few hundred ms), and what is proven is that the form hands the schema what was typed
      { numRuns: 10 },
    );
    expect(tried).toBe(10);
  }, 180_000);
});
