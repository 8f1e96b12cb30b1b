import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { configureClient } from '@/api/client';
import { memoryStorage } from '@/mock-api/storage';
import { readerSnapshot, resetReaderStore } from '@/stores/reader-store';
import { otherTabSavesReader } from '@/testing/other-tab';
import { renderApp } from '@/testing/render-app';
import { FamilyReviewForm } from './family-review-form';
import { ParentsGuideSection } from './parents-guide-section';

const MOVIE = 'wont-back-down';
const TEXT = 'A thoughtful film to watch and talk about together.';

// The contract and (in the section) the form load on demand; on a busy machine their first import takes seconds:
// once, here.
beforeAll(() => Promise.all([import('@/domain/schemas'), import('./family-review-form')]), 60_000);
beforeEach(() => resetReaderStore());

/**
 * The form alone: most tests here are about the form, and a role query by name computes the name of every element
 * of that role in its container (jsdom works out the styles that reads again after each change to the page), so the
 * guide around it (the content grid, every review) would slow down each lookup.
 */
const FORM = <FamilyReviewForm movieId={MOVIE} />;
/** The guide page's section, for what a new review changes beside the form (what parents say, the list). */
const SECTION = <ParentsGuideSection movieId={MOVIE} view="list" />;

function setup(ui = FORM) {
  const user = userEvent.setup();
  const rendered = renderApp(ui);
  const posts: Request[] = [];
  /** Every request goes to the in-memory API unless `intercept` answers a POST first. */
  const control: { intercept: ((req: Request) => Promise<Response> | null) | null } = { intercept: null };
  configureClient({
    transport: async (req) => {
      if (req.method === 'POST') {
        posts.push(req.clone());
        const answer = control.intercept?.(req);
        if (answer) return answer;
      }
      return rendered.api.fetch(req);
    },
  });
  return { user, posts, control, ...rendered };
}

// In the section the form is loaded on demand (React.lazy): the first import can take a moment on a busy machine.
const form = () => screen.findByRole('form', { name: 'Add a parent or kid review' }, { timeout: 5000 });
const parentsHeading = () => screen.getByRole('heading', { level: 4, name: /^Parents say/ });

async function fill(user: ReturnType<typeof userEvent.setup>, { age = '12', stars = '4 stars', text = TEXT } = {}) {
  const f = await form();
  // looked up before the first click: after any change to the page a lookup by name works out every style again
  const parent = within(f).getByRole('radio', { name: 'Parent' });
  const ages = within(f).getByRole('combobox', { name: 'Youngest age it suits' });
  const star = within(f).getByRole('radio', { name: stars });
  const words = within(f).getByRole('textbox', { name: 'Your review' });
  await user.click(parent);
  await user.selectOptions(ages, `Age ${age}+`);
  await user.click(star);
  // pasted, one input event: typing it key by key costs a second a test and proves nothing more here
  await user.click(words);
  await user.paste(text);
  return f;
}

describe('FamilyReviewForm', () => {
  it('shows a message beside each field that needs one, using the shared schema', async () => {
    const { user, posts } = setup();
    const f = await form();
    await user.type(within(f).getByRole('textbox', { name: 'Your review' }), 'Too short');
    await user.click(within(f).getByRole('button', { name: 'Add review' }));
    const role = within(f).getByRole('radiogroup', { name: 'I am a' });
    expect(role).toHaveAttribute('aria-invalid', 'true');
    expect(role).toHaveAccessibleDescription('Choose whether you are a parent or a kid');
    const age = within(f).getByRole('combobox', { name: 'Youngest age it suits' });
    expect(age).toHaveAttribute('aria-invalid', 'true');
    expect(age).toHaveAccessibleDescription('Choose an age from 2 to 18');
    expect(within(f).getByRole('radiogroup', { name: 'Your rating' })).toHaveAccessibleDescription(
      'Choose 1 to 5 stars',
    );
    const text = within(f).getByRole('textbox', { name: 'Your review' });
    expect(text).toHaveAccessibleDescription(/Your review needs at least 20 characters/);
    expect(text).toHaveAccessibleDescription(/9 of 2,000 characters \(at least 20\)/);
    expect(posts).toHaveLength(0);
  });

  it('adds a parent review at once (optimistic), announces it, sends an Idempotency-Key and clears the draft', async () => {
    const { user, posts, control, api } = setup(SECTION);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    control.intercept = (req) => held.then(() => api.fetch(req));
    await screen.findByRole('heading', { level: 4, name: /^Parents say$/ });
    const f = await fill(user);
    expect(localStorage.getItem('verdict:reader')).toContain(TEXT);
    await user.click(within(f).getByRole('button', { name: 'Add review' }));
    // before the server has answered
    expect(await screen.findByRole('heading', { level: 4, name: 'Parents say: age 12+ (1 review)' })).toBeVisible();
    expect(within(f).getByRole('status')).toHaveTextContent('Adding your parent review…');
    // unavailable while adding, yet still holding focus (a disabled button would drop it to the page); sent once
    const adding = within(f).getByRole('button', { name: 'Adding…' });
    expect(adding).toHaveAttribute('aria-disabled', 'true');
    expect(adding).toHaveFocus();
    await user.keyboard('{Enter}');
    release();
    expect(await within(f).findByText('Thank you: your parent review (age 12+) was added.')).toBeInTheDocument();
    expect(posts).toHaveLength(1);
    expect(posts[0]!.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(within(f).getByRole('textbox', { name: 'Your review' })).toHaveValue('');
    expect(within(f).getByRole('radio', { name: 'Parent' })).not.toBeChecked();
    const list = screen.getByRole('region', { name: 'Parents guide' });
    const articles = await within(list).findAllByRole('article');
    expect(articles).toHaveLength(1);
    expect(articles[0]).toHaveTextContent(TEXT);
    expect(articles[0]).toHaveTextContent('4 out of 5 stars');
    expect(parentsHeading()).toHaveTextContent('Parents say: age 12+ (1 review)');
    expect(localStorage.getItem('verdict:reader')).not.toContain(TEXT);
  });

  it('rolls back on failure, keeps the draft, says why, and retries with the same Idempotency-Key', async () => {
    const { user, posts, control } = setup(SECTION);
    control.intercept = () => Promise.resolve(new Response('down', { status: 503 }));
    await screen.findByRole('heading', { level: 4, name: /^Parents say$/ });
    const f = await fill(user, { age: '9', stars: '5 stars' });
    await user.click(within(f).getByRole('button', { name: 'Add review' }));
    expect(await within(f).findByRole('alert')).toHaveTextContent(
      /Your review was not added: The service is briefly unavailable.*Your draft is kept/,
    );
    await waitFor(() => expect(parentsHeading()).toHaveTextContent(/^Parents say$/));
    expect(screen.getByText('No parent reviews yet. Be the first to say what age it suits.')).toBeInTheDocument();
    expect(within(f).getByRole('textbox', { name: 'Your review' })).toHaveValue(TEXT);
    expect(within(f).getByRole('radio', { name: 'Parent' })).toBeChecked();
    expect(within(f).getByRole('radio', { name: '5 stars' })).toBeChecked();
    expect(within(f).getByRole('combobox', { name: 'Youngest age it suits' })).toHaveValue('9');

    control.intercept = null;
    await user.click(within(f).getByRole('button', { name: 'Add review' }));
    expect(await screen.findByRole('heading', { level: 4, name: 'Parents say: age 9+ (1 review)' })).toBeVisible();
    expect(await within(f).findByText(/was added/)).toBeInTheDocument();
    expect(within(f).queryByRole('alert')).toBeNull();
    expect(posts).toHaveLength(2);
    expect(posts[1]!.headers.get('idempotency-key')).toBe(posts[0]!.headers.get('idempotency-key'));
  });

  it('retries after a reload with the draft’s Idempotency-Key, so a review the server did store is stored once', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const first = renderApp(FORM, { api: { storage } });
    // the server stores the review, but its answer never arrives
    configureClient({
      transport: async (req) => {
        const res = await first.api.fetch(req);
        if (req.method === 'POST') throw new TypeError('Failed to fetch');
        return res;
      },
    });
    const f = await fill(user);
    await user.click(within(f).getByRole('button', { name: 'Add review' }));
    expect(await within(f).findByRole('alert')).toHaveTextContent(/Could not reach the server/);
    first.unmount();

    const second = renderApp(FORM, { api: { storage } });
    const again = await form();
    expect(within(again).getByRole('textbox', { name: 'Your review' })).toHaveValue(TEXT);
    await user.click(within(again).getByRole('button', { name: 'Add review' }));
    expect(await within(again).findByText(/was added/)).toBeInTheDocument();
    const page = (await (await second.api.request(`/api/movies/${MOVIE}/family-reviews`)).json()) as { total: number };
    expect(page.total).toBe(1);
  });

  it('shows the API’s 422 field errors beside the fields', async () => {
    const { user, control } = setup();
    control.intercept = () =>
      Promise.resolve(
        Response.json(
          {
            error: {
              code: 'validation_failed',
              message: 'Some fields need attention.',
              fields: { text: ['That review repeats itself too much'] },
            },
          },
          { status: 422 },
        ),
      );
    const f = await fill(user);
    await user.click(within(f).getByRole('button', { name: 'Add review' }));
    const text = within(f).getByRole('textbox', { name: 'Your review' });
    await waitFor(() => expect(text).toHaveAttribute('aria-invalid', 'true'));
    expect(text).toHaveAccessibleDescription(/That review repeats itself too much/);
    expect(text).toHaveFocus();
    expect(within(f).queryByRole('alert')).toBeNull();
    expect(text).toHaveValue(TEXT);
  });

  it('counts characters as a reader sees them, and refuses a name nobody can see (issue 15, item 9)', async () => {
    const { user } = setup();
    const f = await form();
    const text = within(f).getByRole('textbox', { name: 'Your review' });
    await user.click(text);
    await user.paste('👨‍👩‍👧‍👦'.repeat(7));
    expect(text).toHaveAccessibleDescription('7 of 2,000 characters (at least 20)');
    await user.type(within(f).getByRole('textbox', { name: 'Your name (optional)' }), '\u200b\u200b');
    await user.click(within(f).getByRole('button', { name: 'Add review' }));
    await waitFor(() =>
      expect(within(f).getByRole('textbox', { name: 'Your name (optional)' })).toHaveAccessibleDescription(
        'Your name needs characters that can be seen (or leave it empty)',
      ),
    );
  });

  it('autosaves the draft and restores it when the page comes back', async () => {
    const first = setup();
    const f = await fill(first.user, { age: '14', stars: '2 stars', text: 'Half-written thoughts' });
    await first.user.type(within(f).getByRole('textbox', { name: 'Your name (optional)' }), 'Dana');
    first.unmount();
    setup();
    const again = await form();
    expect(within(again).getByRole('radio', { name: 'Parent' })).toBeChecked();
    expect(within(again).getByRole('combobox', { name: 'Youngest age it suits' })).toHaveValue('14');
    expect(within(again).getByRole('radio', { name: '2 stars' })).toBeChecked();
    expect(within(again).getByRole('textbox', { name: 'Your review' })).toHaveValue('Half-written thoughts');
    expect(within(again).getByRole('textbox', { name: 'Your name (optional)' })).toHaveValue('Dana');
  });
  it('takes up a draft another tab saved before it writes its own: a role clicked in an idle tab keeps that text (issue 15, item 1)', async () => {
    const { user } = setup();
    const f = await form();
    const fromA = { role: null, author: 'Dana', age: 12, stars: 4, text: TEXT };
    otherTabSavesReader((saved) => ({ ...saved, familyDrafts: { [MOVIE]: fromA } }));
    await user.click(within(f).getByRole('radio', { name: 'Kid' }));
    expect(readerSnapshot().familyDrafts[MOVIE]).toEqual({ ...fromA, role: 'kid' });
    expect(within(f).getByRole('textbox', { name: 'Your review' })).toHaveValue(TEXT);
    expect(within(f).getByRole('combobox', { name: 'Youngest age it suits' })).toHaveValue('12');
    expect(within(f).getByRole('radio', { name: '4 stars' })).toBeChecked();
  }, 30_000);

  it('keeps what was typed while the review was being added, in the form and the draft (issue 15, item 2)', async () => {
    const { user, control, api } = setup();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    control.intercept = (req) => held.then(() => api.fetch(req));
    const f = await fill(user);
    await user.click(within(f).getByRole('button', { name: 'Add review' }));
    expect(within(f).getByRole('button', { name: 'Adding…' })).toHaveAttribute('aria-disabled', 'true');
    const text = within(f).getByRole('textbox', { name: 'Your review' });
    await user.click(text);
    await user.paste(' And one more thing.');
    release();
    const status = await within(f).findByText(/was added/);
    expect(text).toHaveValue(`${TEXT} And one more thing.`);
    expect(status).toHaveTextContent(/typed while it was being sent is kept/);
    expect(readerSnapshot().familyDrafts[MOVIE]).toMatchObject({ text: `${TEXT} And one more thing.` });
    expect(readerSnapshot().familyDrafts[MOVIE]?.idempotencyKey).toBeUndefined();
    const page = (await (await api.request(`/api/movies/${MOVIE}/family-reviews`)).json()) as {
      items: { text: string }[];
    };
    expect(page.items.map((r) => r.text)).toEqual([TEXT]);
  }, 30_000);
});
