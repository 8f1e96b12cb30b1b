// Every XSS vector (e2e/xss-vectors.ts) through every text field a reader can type into, in Chromium: it must
// show as the same text, open no dialog, send no request off the page's origin, add no element, no handler and
// no link that is not http(s) or same-site. The browser suite checks this here only.
//
// Run time: vectors are batched per page load. Representative vectors are typed into the real forms (user review
// create, then two edits: nickname, title, text; two parent reviews: name, text). Then every vector is placed in
// one user review and one parent review each, by other readers, by cloning the typed reviews in the mock API's
// storage (what POST would have stored), and after one load both lists are read to the end with "Show more": every
// vector goes through every field's display path. The critics search box gets every vector typed, the `?q=`
// parameter every vector through history (Back/Forward) and on page load, a batch (≤ 200 characters, the most
// the API takes) at a time. The CSP (no inline script but the theme script, allowed by its hash) would stop most of
// these from running even if injected, so the test checks the DOM itself too, and counts CSP violations.
import type { Locator, Page } from '@playwright/test';
import { expect, FAST, test } from './fixtures';
import {
  CRITIC_REVIEWS,
  critics,
  DB_KEY,
  familyForm,
  guide,
  MOVIE,
  PARENTS_GUIDE,
  USER_REVIEWS,
  users,
  userScore,
} from './page';
import { XSS_VECTORS } from './xss-vectors';

test.describe.configure({ timeout: 120_000 });

const PAD = 'This sentence pads the review so that it is long enough for the form to accept it.';
const TYPED = [0, 10, 21, 54, 74, 77]; // script, img onerror, javascript: src, mXSS, polyglot, RTL override
const WAIT = { timeout: 20_000 };
/** The longest search the API takes: vectors are joined by a space up to this many characters per search. */
const MAX_QUERY = 200;

/** Tags a review card or the page must not gain. */
const DANGEROUS = [
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'img',
  'svg',
  'math',
  'style',
  'link',
  'base',
  'meta',
  'video',
  'audio',
  'source',
  'template',
  'marquee',
  'portal',
  'noscript',
  'details',
  'table',
  'form',
  'input',
  'select',
  'textarea',
  'a',
  'body',
  'head',
  'html',
  'title',
  'xss',
  'x',
  'ul',
  'li',
  'mi',
  'mtext',
  'mglyph',
  'animate',
  'isindex',
];

/** The ones the page's own state never adds or removes (forms, lists, links and preloads come and go). */
const DOC_TAGS = DANGEROUS.filter(
  (t) => !['form', 'input', 'select', 'textarea', 'a', 'ul', 'li', 'link', 'details', 'table'].includes(t),
);

const v = (i: number) => XSS_VECTORS[i]!;
const nick = (s: string) => s.slice(0, 40).trim();
const title = (s: string) => s.slice(0, 100).trim();
const marker = (i: number) => `[xss ${String(i).padStart(3, '0')}]`;
const reviewText = (s: string, i: number) => `${s} ${PAD} ${marker(i)}`;
/** All typed vectors in one review text, with the marker of the step that typed them. */
const typedText = (step: number) => `${TYPED.map(v).join(' ')} ${PAD} [typed ${step}]`;
/** The vectors joined by a space into searches of at most MAX_QUERY characters, in order. */
const searches = (() => {
  const out: string[][] = [];
  for (const s of XSS_VECTORS) {
    const last = out.at(-1);
    if (last && [...last, s].join(' ').length <= MAX_QUERY) last.push(s);
    else out.push([s]);
  }
  return out.map((group) => group.join(' '));
})();

declare global {
  interface Window {
    __csp?: string[];
  }
}

/** A page that records CSP violations, dialogs, requests off its origin and page errors. */
async function watched(page: Page, baseURL: string) {
  const seen = { dialogs: [] as string[], foreign: [] as string[], errors: [] as string[] };
  const origin = new URL(baseURL).origin;
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp!.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(`${origin}/`)) seen.foreign.push(r.url());
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  return seen;
}

/** Counts of DANGEROUS tags in the whole document, and anything that looks like an injected handler or URL. */
function pageState(page: Page) {
  return page.evaluate((tags) => {
    const counts = Object.fromEntries(tags.map((t) => [t, document.getElementsByTagName(t).length]));
    const bad: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) bad.push(`${el.tagName} ${a.name}`);
        if (/^(href|src|action|formaction|srcdoc|data|xlink:href|background|poster)$/i.test(a.name)) {
          if (/^\s*(javascript|data|vbscript):/i.test(a.value) || a.name === 'srcdoc')
            bad.push(`${el.tagName} ${a.name}`);
          // a link may carry the reader's search in its query (a chart bar's link to its range keeps it), encoded
          // in a same-site path: there the payload is text; anywhere else, or unencoded, it is an injection
          const sameSiteEncoded = el.tagName === 'A' && a.name === 'href' && /^\/(?!\/)[^<>"'\s]*$/.test(a.value);
          if (/xss\.invalid/i.test(a.value) && !sameSiteEncoded) bad.push(`${el.tagName} ${a.name}=${a.value}`);
        }
      }
    }
    // Only http(s) addresses, same-site paths, fragments and queries are links.
    for (const a of document.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href') ?? '';
      if (!/^(https?:\/\/|\/(?!\/)|#|\?)/i.test(href)) bad.push(`A href=${href}`);
    }
    return { counts, bad, csp: window.__csp ?? [] };
  }, DOC_TAGS);
}

/** Per article: its label, the text of each of its elements, and its DANGEROUS tag counts. */
function articles(scope: Locator) {
  return scope.locator('article').evaluateAll(
    (els, tags) =>
      els.map((el) => ({
        label: el.getAttribute('aria-label'),
        text: el.textContent ?? '',
        parts: [...el.querySelectorAll('h4, p, span, bdi')].map((e) => ({ tag: e.tagName, text: e.textContent ?? '' })),
        counts: tags.map((t) => el.getElementsByTagName(t).length).join(','),
      })),
    DANGEROUS,
  );
}
type Article = Awaited<ReturnType<typeof articles>>[number];

/** The tag counts of each page (by path) before any reader text was added; or, for one page, its counts. */
type Baseline = Record<string, number> | Record<string, Record<string, number>>;

async function expectInert(page: Page, baseline: Baseline, seen: Awaited<ReturnType<typeof watched>>) {
  const state = await pageState(page);
  expect(state.bad).toEqual([]);
  expect(state.csp).toEqual([]);
  const path = new URL(page.url()).pathname;
  const own = (baseline as Record<string, unknown>)[path];
  expect(state.counts).toEqual(typeof own === 'object' ? own : baseline);
  expect(seen.dialogs).toEqual([]);
  expect(seen.foreign).toEqual([]);
  expect(seen.errors).toEqual([]);
}

/** The overview is hydrated: its score, and the rating form or the reader's own review in its place. */
async function loaded(page: Page) {
  await expect(userScore(page)).toContainText(/based on \d+ ratings/, WAIT);
  await page
    .getByRole('form', { name: 'Rate this movie' })
    .or(page.getByRole('button', { name: 'Edit your review' }))
    .waitFor(WAIT);
}

/**
 * Presses "Show more <what>" until the list has shown every review, `count` of them with a vector's marker. (Counting
 * what must be there, not stopping at the first moment with no button: a page reached by a link may show a cached first page
 * before its fresh one, and neither has a button while it loads.)
 */
async function showAll(scope: Locator, what: string, count: number) {
  const more = scope.getByRole('button', { name: `Show more ${what}` });
  const all = scope.getByRole('article');
  const marked = all.filter({ hasText: /\[xss \d{3}\]/ });
  const loading = scope.getByRole('button', { name: 'Loading more…' });
  for (let i = 0; i < 60; i++) {
    await expect(loading).toHaveCount(0, WAIT);
    if ((await marked.count()) >= count && (await more.count()) === 0) break;
    const before = await all.count();
    // waits for the button to be there and enabled
    await more.click(WAIT);
    await expect.poll(() => all.count(), { ...WAIT, ...FAST }).toBeGreaterThan(before);
  }
  await expect(marked).toHaveCount(count);
  await expect(more).toHaveCount(0);
}

/** Changes the URL the way Back/Forward or an edited link would, without a reload. */
const goClientSide = (page: Page, url: string) =>
  page.evaluate((to) => {
    history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, url);

test('XSS vectors render as inert text through the review forms (typed) and every review field', async ({
  page,
  baseURL,
}) => {
  const seen = await watched(page, baseURL!);
  // `/` is rendered by the client from the API (the prerendered page's head has more tags: the baseline must match)
  // Each page's tag counts before any reader text: the overview, then each list page reached by its link (the same
  // client-rendered head as the pages checked later)
  await page.goto('/');
  await page.waitForURL(`**${MOVIE}`);
  await loaded(page);
  const overview = (await pageState(page)).counts;
  await users(page)
    .getByRole('link', { name: /^All \d+ user reviews$/ })
    .click();
  await users(page)
    .getByText(/^All \d+ user reviews/)
    .waitFor(WAIT);
  const userList = (await pageState(page)).counts;
  await page.goBack();
  await guide(page)
    .getByRole('link', { name: /^The whole guide/ })
    .click();
  await familyForm(page).waitFor(WAIT);
  const guidePage = (await pageState(page)).counts;
  await page.goBack();
  await loaded(page);
  const baseline = { [MOVIE]: overview, [USER_REVIEWS]: userList, [PARENTS_GUIDE]: guidePage };

  // Typed: the user review form (create, then two edits), each typed vector in the nickname or the title, and all
  // of them in the text.
  const userSteps = [
    [0, 10],
    [21, 54],
    [74, 77],
  ] as const;
  for (const [step, [n, t]] of userSteps.entries()) {
    await test.step(`user review typed ${step}: nickname ${n}, title ${t}, text ${TYPED.join(' ')}`, async () => {
      const f =
        step === 0
          ? page.getByRole('form', { name: 'Rate this movie' })
          : page.getByRole('form', { name: 'Edit your review' });
      if (step === 0) await f.getByRole('radio', { name: /^6,/ }).check({ force: true });
      else await page.getByRole('button', { name: 'Edit your review' }).click();
      await f.getByLabel('Nickname').fill(nick(v(n)));
      await f.getByLabel(/^Title/).fill(title(v(t)));
      await f.getByLabel(/Your review/).fill(typedText(step));
      await f.getByRole('button', { name: step === 0 ? 'Submit rating' : 'Update your review' }).click();
      const card = users(page)
        .getByRole('article')
        .filter({ hasText: `[typed ${step}]` });
      await expect(card).toHaveAttribute('aria-label', `Review by ${nick(v(n))}`, WAIT);
      await expect.poll(() => card.locator('h4').textContent(), { ...WAIT, ...FAST }).toBe(title(v(t)));
      expect(await card.locator('p').allTextContents()).toContain(typedText(step));
      expect(await card.textContent()).toContain(nick(v(n)));
      await expectInert(page, baseline, seen);
    });
  }

  // Typed: the parent review form (on the guide's page, by its link), twice, a typed vector in the name and all of
  // them in the text.
  await guide(page)
    .getByRole('link', { name: /^The whole guide/ })
    .click();
  const family = familyForm(page);
  await family.waitFor(WAIT);
  for (const [step, n] of [10, 77].entries()) {
    await test.step(`parent review typed ${step}: name ${n}, text ${TYPED.join(' ')}`, async () => {
      await family.getByRole('radio', { name: 'Parent' }).check();
      await family.getByRole('combobox', { name: 'Youngest age it suits' }).selectOption({ label: 'Age 10+' });
      await family.locator('label').filter({ hasText: '3 stars' }).click();
      await family.getByRole('textbox', { name: 'Your review' }).fill(typedText(10 + step));
      await family.getByRole('textbox', { name: /Your name/ }).fill(nick(v(n)));
      await family.getByRole('button', { name: 'Add review' }).click();
      await family.getByText('Thank you: your parent review (age 10+) was added.').waitFor(WAIT);
      const card = guide(page)
        .getByRole('article')
        .filter({ hasText: `[typed ${10 + step}]` });
      await expect.poll(() => card.locator('h4').textContent(), { ...WAIT, ...FAST }).toBe(`${nick(v(n))} (Parent)`);
      expect(await card.locator('p').allTextContents()).toContain(typedText(10 + step));
      await expectInert(page, baseline, seen);
    });
  }

  // All vectors: one user review and one parent review each, by other readers, cloned from the typed ones.
  await page.evaluate(
    ({ key, vectors, pad }) => {
      type Db = { users: Record<string, unknown>[]; family: Record<string, unknown>[] };
      const db = JSON.parse(localStorage.getItem(key)!) as Db;
      const [u] = db.users;
      const [f] = db.family;
      const m = (i: number) => `[xss ${String(i).padStart(3, '0')}]`;
      ['Plain control text', ...vectors].forEach((s, j) => {
        const i = j - 1;
        const id = i < 0 ? 'control' : String(i);
        const text = `${s} ${pad} ${i < 0 ? '[control]' : m(i)}`;
        db.users.push({
          ...u,
          id: `r-xss-${id}`,
          ownerId: `xss-reader-${id}`,
          author: s.slice(0, 40).trim(),
          title: s.slice(0, 100).trim(),
          text,
          updatedAt: null,
        });
        db.family.push({ ...f, id: `f-xss-${id}`, author: s.slice(0, 40).trim(), text });
      });
      localStorage.setItem(key, JSON.stringify(db));
    },
    { key: DB_KEY, vectors: XSS_VECTORS, pad: PAD },
  );

  // One load, then both lists to the end. (Through `/` again: a reload of the prerendered page shows the
  // prerendered first page of the user list, not the one with the additions.)
  const total = { users: 14 + 1 + 1 + XSS_VECTORS.length, family: 2 + 1 + XSS_VECTORS.length };
  await page.goto('/');
  await page.waitForURL(`**${MOVIE}`);
  await loaded(page);
  await expect(userScore(page)).toContainText(`based on ${total.users} ratings`, WAIT);
  await guide(page)
    .getByRole('heading', { level: 4, name: new RegExp(`\\(${total.family} reviews\\)`) })
    .waitFor(WAIT);
  // each list to its end, on its own page (by the overview's links)
  await users(page)
    .getByRole('link', { name: `All ${total.users - 1} user reviews` })
    .click();
  await showAll(users(page), 'user reviews', XSS_VECTORS.length);
  await expectInert(page, baseline, seen);
  const byMarker = (a: { text: string }) => /\[(xss \d{3}|control)\]/.exec(a.text)?.[0] ?? null;
  const byVector = async (scope: Locator) =>
    new Map(
      (await articles(scope)).flatMap((a): [string, Article][] => {
        const mk = byMarker(a);
        return mk ? [[mk, a]] : [];
      }),
    );
  const seenUsers = await byVector(users(page));
  await page.goBack();
  await guide(page)
    .getByRole('link', { name: /^The whole guide/ })
    .click();
  await showAll(guide(page), 'reviews from parents and kids', XSS_VECTORS.length);
  await expectInert(page, baseline, seen);
  const seenFamily = await byVector(guide(page));

  const userControl = seenUsers.get('[control]')!;
  const familyControl = seenFamily.get('[control]')!;
  expect(userControl).toBeDefined();
  expect(familyControl).toBeDefined();
  XSS_VECTORS.forEach((s, i) => {
    const u = seenUsers.get(marker(i));
    expect(u, `user review with vector ${i}`).toBeDefined();
    expect(u!.label).toBe(`Review by ${nick(s)}`);
    expect(
      u!.parts.some((p) => p.tag === 'BDI' && p.text === nick(s)),
      `nickname ${i}`,
    ).toBe(true);
    expect(
      u!.parts.some((p) => p.tag === 'H4' && p.text === title(s)),
      `title ${i}`,
    ).toBe(true);
    expect(
      u!.parts.some((p) => p.tag === 'P' && p.text === reviewText(s, i)),
      `text ${i}`,
    ).toBe(true);
    expect(u!.counts, `elements in user review ${i}`).toBe(userControl.counts);

    const f = seenFamily.get(marker(i));
    expect(f, `parent review with vector ${i}`).toBeDefined();
    expect(
      f!.parts.some((p) => p.tag === 'H4' && p.text === `${nick(s)} (Parent)`),
      `name ${i}`,
    ).toBe(true);
    expect(
      f!.parts.some((p) => p.tag === 'P' && p.text === reviewText(s, i)),
      `parent text ${i}`,
    ).toBe(true);
    expect(f!.counts, `elements in parent review ${i}`).toBe(familyControl.counts);
  });
});

test('XSS vectors render as inert text through the critics search box and the ?q= parameter', async ({
  page,
  baseURL,
}) => {
  const seen = await watched(page, baseURL!);
  await page.goto(CRITIC_REVIEWS);
  await critics(page)
    .getByText(/^All 34 critic reviews/)
    .waitFor(WAIT);
  const baseline = (await pageState(page)).counts;
  const box = critics(page).getByRole('searchbox', { name: 'Search' });
  const expectQuery = async (q: string) => {
    await expect.poll(() => critics(page).textContent(), { ...WAIT, ...FAST }).toContain(`matching “${q}”`);
    await expect(box).toHaveValue(q, WAIT);
    expect(new URL(page.url()).searchParams.get('q')).toBe(q);
  };
  const step = (k: number) => `search ${k + 1} of ${searches.length}`;

  // Typed into the search box, a batch at a time.
  for (const [k, q] of searches.entries()) {
    await test.step(`search box, ${step(k)}`, async () => {
      await box.fill(q);
      await box.press('Enter');
      await expectQuery(q);
      await expectInert(page, baseline, seen);
    });
  }
  // The parameter put in the address, as Back/Forward or an edited link would, …
  for (const [k, q] of searches.entries()) {
    await test.step(`?q= through history, ${step(k)}`, async () => {
      await goClientSide(page, `${CRITIC_REVIEWS}?q=${encodeURIComponent(q)}`);
      await expectQuery(q);
      await expectInert(page, baseline, seen);
    });
  }
  // … and on page load (the prerendered page, then hydration).
  for (const [k, q] of searches.entries()) {
    await test.step(`?q= on page load, ${step(k)}`, async () => {
      await page.goto(`${CRITIC_REVIEWS}?q=${encodeURIComponent(q)}`, { waitUntil: 'domcontentloaded' });
      await expectQuery(q);
      await expectInert(page, baseline, seen);
    });
  }
});
