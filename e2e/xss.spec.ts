// Every XSS vector (e2e/xss-vectors.ts) through every text field a reader can type into, in Chromium: it must
// show as the same text, open no dialog, send no request off the page's origin, add no element and no handler.
//
// Run time: a representative subset is typed into the real forms (user review create + edit: nickname, title,
// text; parent review: name, text); then every vector is placed in one user review and one parent review each,
// by other readers, by cloning the typed reviews in the mock API's storage (what POST would have stored), so
// every vector goes through every field's display path. The critics search box gets every vector typed, and the
// `?q=` URL parameter gets every vector on page load. The CSP (no inline script) would stop most of these
// from running even if injected, so the test checks the DOM itself too, and counts CSP violations.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it, type ExpectStatic } from 'vitest';
import { baseURL, newContext, sharedBrowser } from './browser';
import { critics, DB_KEY, familyForm, guide, users, userScore } from './page';
import { XSS_VECTORS } from './xss-vectors';

const PAD = 'This sentence pads the review so that it is long enough for the form to accept it.';
const TYPED = [0, 10, 21, 54, 74, 77]; // script, img onerror, javascript: src, mXSS, polyglot, RTL override
const FIELDS = ['nickname', 'title', 'review text', 'parent name', 'parent text', 'search box', '?q= parameter'];
const WAIT = { timeout: 20_000 };

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

const nick = (v: string) => v.slice(0, 40).trim();
const title = (v: string) => v.slice(0, 100).trim();
const marker = (i: number) => `[xss ${String(i).padStart(3, '0')}]`;
const userText = (v: string, i: number) => `${v} ${PAD} ${marker(i)}`;
const familyText = (v: string, i: number) => `${v} ${PAD} ${marker(i)}`;

const browser = sharedBrowser();
let origin: string;
const dialogs: string[] = [];
const foreign: string[] = [];
const checked = new Set<string>();
const pageErrors: string[] = [];

beforeAll(() => {
  origin = new URL(baseURL()).origin;
});
afterAll(async () => {
  console.log(
    `xss: ${XSS_VECTORS.length} vectors × ${FIELDS.length} fields, ${dialogs.length} dialogs, ${foreign.length} foreign requests` +
      ` (${checked.size} vector × field checks passed)`,
  );
});

declare global {
  interface Window {
    __csp?: string[];
  }
}

async function watchedContext(): Promise<BrowserContext> {
  const context = await newContext(browser());
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__csp!.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return context;
}

async function watchedPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(`${origin}/`)) foreign.push(r.url());
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return page;
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
          if (/xss\.invalid/i.test(a.value)) bad.push(`${el.tagName} ${a.name}=${a.value}`);
        }
      }
    }
    return { counts, bad, csp: window.__csp ?? [] };
  }, DOC_TAGS);
}

/** Per article: its label, the text of each of its elements, and its DANGEROUS tag counts. */
function articles(scope: ReturnType<Page['locator']>) {
  return scope.locator('article').evaluateAll(
    (els, tags) =>
      els.map((el) => ({
        label: el.getAttribute('aria-label'),
        text: el.textContent ?? '',
        parts: [...el.querySelectorAll('h4, p, span')].map((e) => ({ tag: e.tagName, text: e.textContent ?? '' })),
        counts: tags.map((t) => el.getElementsByTagName(t).length).join(','),
      })),
    DANGEROUS,
  );
}

async function expectInert(expect: ExpectStatic, page: Page, baseline: Record<string, number>) {
  const state = await pageState(page);
  expect(state.bad).toEqual([]);
  expect(state.csp).toEqual([]);
  expect(state.counts).toEqual(baseline);
  expect(dialogs).toEqual([]);
  expect(foreign).toEqual([]);
  expect(pageErrors).toEqual([]);
}

async function loaded(expect: ExpectStatic, page: Page) {
  await expect.poll(() => userScore(page).textContent(), WAIT).toMatch(/based on \d+ ratings/);
  await familyForm(page).waitFor(WAIT);
}

describe.concurrent('XSS vectors render as inert text in Chromium', () => {
  it('through the review forms (typed) and every review field (all vectors)', async ({ expect }) => {
    const context = await watchedContext();
    try {
      const page = await watchedPage(context);
      await page.goto('/movies/wont-back-down');
      await loaded(expect, page);
      const baseline = (await pageState(page)).counts;

      // Typed: the user review form (create, then edits), every field.
      for (const [k, i] of TYPED.entries()) {
        const v = XSS_VECTORS[i]!;
        if (k === 0) {
          const f = page.getByRole('form', { name: 'Rate this movie' });
          await f.getByRole('radio', { name: /^6,/ }).check({ force: true });
          await f.getByLabel('Nickname').fill(nick(v));
          await f.getByLabel(/^Title/).fill(title(v));
          await f.getByLabel(/Your review/).fill(userText(v, i));
          await f.getByRole('button', { name: 'Submit rating' }).click();
        } else {
          await page.getByRole('button', { name: 'Edit your review' }).click();
          const f = page.getByRole('form', { name: 'Edit your review' });
          await f.getByLabel('Nickname').fill(nick(v));
          await f.getByLabel(/^Title/).fill(title(v));
          await f.getByLabel(/Your review/).fill(userText(v, i));
          await f.getByRole('button', { name: 'Update your review' }).click();
        }
        const card = users(page)
          .getByRole('article')
          .filter({ hasText: marker(i) });
        await expect.poll(() => card.getAttribute('aria-label'), WAIT).toBe(`Review by ${nick(v)}`);
        await expect.poll(() => card.locator('h4').textContent(), WAIT).toBe(title(v));
        expect(await card.locator('p').allTextContents()).toContain(userText(v, i));
        expect(await card.textContent()).toContain(nick(v));
        await expectInert(expect, page, baseline);
      }

      // Typed: the parent review form, every field.
      const family = familyForm(page);
      for (const i of TYPED) {
        const v = XSS_VECTORS[i]!;
        await family.getByRole('radio', { name: 'Parent' }).check();
        await family.getByRole('combobox', { name: 'Youngest age it suits' }).selectOption({ label: 'Age 10+' });
        await family.locator('label').filter({ hasText: '3 stars' }).click();
        await family.getByRole('textbox', { name: 'Your review' }).fill(familyText(v, i));
        await family.getByRole('textbox', { name: /Your name/ }).fill(nick(v));
        await family.getByRole('button', { name: 'Add review' }).click();
        await family.getByText('Thank you: your parent review (age 10+) was added.').waitFor(WAIT);
        const card = guide(page)
          .getByRole('article')
          .filter({ hasText: marker(i) });
        await expect.poll(() => card.count(), WAIT).toBe(1);
        await expect.poll(() => card.locator('h4').textContent(), WAIT).toBe(`${nick(v)} (Parent)`);
        expect(await card.locator('p').allTextContents()).toContain(familyText(v, i));
        await expectInert(expect, page, baseline);
      }

      // All vectors: one user review and one parent review each, by other readers, cloned from the typed ones.
      await page.evaluate(
        ({ key, vectors, pad }) => {
          type Db = { users: Record<string, unknown>[]; family: Record<string, unknown>[] };
          const db = JSON.parse(localStorage.getItem(key)!) as Db;
          const [u] = db.users;
          const [f] = db.family;
          const m = (i: number) => `[xss ${String(i).padStart(3, '0')}]`;
          const all = ['Plain control text', ...vectors];
          all.forEach((v, j) => {
            const i = j - 1;
            const id = i < 0 ? 'control' : String(i);
            db.users.push({
              ...u,
              id: `r-xss-${id}`,
              ownerId: `xss-reader-${id}`,
              author: v.slice(0, 40).trim(),
              title: v.slice(0, 100).trim(),
              text: `${v} ${pad} ${i < 0 ? '[control]' : m(i)}`,
              updatedAt: null,
            });
            db.family.push({
              ...f,
              id: `f-xss-${id}`,
              author: v.slice(0, 40).trim(),
              text: `${v} ${pad} ${i < 0 ? '[control]' : m(i)}`,
            });
          });
          localStorage.setItem(key, JSON.stringify(db));
        },
        { key: DB_KEY, vectors: XSS_VECTORS, pad: PAD },
      );

      const seenUsers = new Map<string, Awaited<ReturnType<typeof articles>>[number]>();
      const seenFamily = new Map<string, Awaited<ReturnType<typeof articles>>[number]>();
      const byMarker = (a: { text: string }) => /\[(xss \d{3}|control)\]/.exec(a.text)?.[0] ?? null;
      const familyTotal = TYPED.length + 1 + XSS_VECTORS.length;
      /** Visits the list's pages (however many there are) until one adds no review not seen yet. */
      const visitPages = async (
        param: string,
        scope: (p: Page) => ReturnType<Page['locator']>,
        refetched: (p: Page) => Promise<unknown>,
        seen: Map<string, Awaited<ReturnType<typeof articles>>[number]>,
      ) => {
        for (let n = 1; n <= 50 && seen.size < XSS_VECTORS.length + 1; n++) {
          await page.goto(`/movies/wont-back-down?${param}=${n}`);
          await loaded(expect, page);
          // the prerendered lists (seed only) first, then the refetched ones with every addition
          await refetched(page);
          const before = seen.size;
          for (const a of await articles(scope(page))) {
            const mk = byMarker(a);
            if (mk) seen.set(mk, a);
          }
          await expectInert(expect, page, baseline);
          if (seen.size === before) break;
        }
      };
      await visitPages(
        'upage',
        users,
        (p) =>
          expect
            .poll(() => p.getByTestId('user-score').textContent(), WAIT)
            .toContain(`based on ${14 + 1 + 1 + XSS_VECTORS.length} ratings`),
        seenUsers,
      );
      await visitPages(
        'familyPage',
        guide,
        (p) =>
          guide(p)
            .getByRole('heading', { level: 4, name: new RegExp(`\\(${familyTotal} reviews\\)`) })
            .waitFor(WAIT),
        seenFamily,
      );

      const userControl = seenUsers.get('[control]')!;
      const familyControl = seenFamily.get('[control]')!;
      expect(userControl).toBeDefined();
      expect(familyControl).toBeDefined();
      XSS_VECTORS.forEach((v, i) => {
        const u = seenUsers.get(marker(i));
        expect(u, `user review with vector ${i}`).toBeDefined();
        expect(u!.label).toBe(`Review by ${nick(v)}`);
        expect(
          u!.parts.some((p) => p.tag === 'SPAN' && p.text === nick(v)),
          `nickname ${i}`,
        ).toBe(true);
        expect(
          u!.parts.some((p) => p.tag === 'H4' && p.text === title(v)),
          `title ${i}`,
        ).toBe(true);
        expect(
          u!.parts.some((p) => p.tag === 'P' && p.text === userText(v, i)),
          `text ${i}`,
        ).toBe(true);
        expect(u!.counts, `elements in user review ${i}`).toBe(userControl.counts);
        for (const field of ['nickname', 'title', 'review text']) checked.add(`${i} ${field}`);

        const f = seenFamily.get(marker(i));
        expect(f, `parent review with vector ${i}`).toBeDefined();
        expect(
          f!.parts.some((p) => p.tag === 'H4' && p.text === `${nick(v)} (Parent)`),
          `name ${i}`,
        ).toBe(true);
        expect(
          f!.parts.some((p) => p.tag === 'P' && p.text === familyText(v, i)),
          `parent text ${i}`,
        ).toBe(true);
        expect(f!.counts, `elements in parent review ${i}`).toBe(familyControl.counts);
        for (const field of ['parent name', 'parent text']) checked.add(`${i} ${field}`);
      });
    } finally {
      await context.close();
    }
  });

  it('through the critics search box (typed) and the ?q= URL parameter', async ({ expect }) => {
    const context = await watchedContext();
    try {
      const page = await watchedPage(context);
      await page.goto('/movies/wont-back-down');
      await loaded(expect, page);
      const baseline = (await pageState(page)).counts;
      const box = critics(page).getByRole('searchbox', { name: 'Search' });
      for (const [i, v] of XSS_VECTORS.entries()) {
        await box.fill(v);
        await box.press('Enter');
        await expect.poll(() => critics(page).textContent(), WAIT).toContain(`matching “${v}”`);
        expect(await box.inputValue()).toBe(v);
        expect(new URL(page.url()).searchParams.get('q')).toBe(v);
        checked.add(`${i} search box`);
      }
      await expectInert(expect, page, baseline);

      // The parameter itself: every vector put in the address (as Back/Forward or an edited link would), …
      const expectQuery = async (p: Page, v: string) => {
        await expect.poll(() => critics(p).textContent(), WAIT).toContain(`matching “${v}”`);
        await expect.poll(() => critics(p).getByRole('searchbox', { name: 'Search' }).inputValue(), WAIT).toBe(v);
      };
      for (const [i, v] of XSS_VECTORS.entries()) {
        await page.evaluate((q) => {
          history.pushState(null, '', `/movies/wont-back-down?q=${encodeURIComponent(q)}`);
          window.dispatchEvent(new PopStateEvent('popstate'));
        }, v);
        await expectQuery(page, v);
        checked.add(`${i} ?q=`);
      }
      await expectInert(expect, page, baseline);
      // … and on page load (prerendered page, then hydration) for a representative subset.
      for (const i of [...TYPED, 3, 34, 51, 69, 80]) {
        const v = XSS_VECTORS[i]!;
        await page.goto(`/movies/wont-back-down?q=${encodeURIComponent(v)}`, { waitUntil: 'domcontentloaded' });
        await expectQuery(page, v);
        await expectInert(expect, page, baseline);
      }
      expect(dialogs).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
