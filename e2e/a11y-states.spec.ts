// Issue 6, item 6: axe on the WHOLE page in every state a reader can reach, in light and dark, at 1280 and 360 px:
// the only spec that runs axe. One test (project `a11y`) walks the table, the way a reader gets there: clicks,
// keys, the URL; each state is reached once, at 1280 px, and then checked in all four modes (light/dark ×
// 1280/360: the viewport and the system colour scheme change in place, and the page follows both), so reaching a
// state is paid once, not once per mode. Every rule runs in the first scheme at each width; in the second, when the
// page's markup is the same (the dark theme only changes colours: checked each time, not assumed), the rules that
// read colours. The pages are walked in turn: the overview (the rating form and the
// reader's own review), then each full list (critic reviews, user reviews, the parents' guide), then the overview
// again (edit and delete). States with the same markup and other data (each sort of a list, each band of a filter)
// are checked once: one sort and one band per list. The states that reload the page (a failed section, storage that
// throws, not found) come last, one check each.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import {
  clearFaultPlan,
  critics,
  familyForm,
  guide,
  MOVIE,
  CRITIC_REVIEWS,
  PARENTS_GUIDE,
  USER_REVIEWS,
  rateForm,
  setFaultPlan,
  users,
  FAMILY_FORM_ERRORS,
  fillFamilyForm,
} from './page';

const VALID_TEXT =
  'A moving, well acted drama about two mothers who take on a failing school and the union that runs it. Worth it.';

interface Ctx {
  context: BrowserContext;
  page: Page;
  /** the page axe checks, when a state opened its own */
  target?: Page;
}
interface State {
  name: string;
  reach: (c: Ctx) => Promise<void>;
}
const state = (name: string, reach: State['reach']): State => ({ name, reach });

const criticCards = (p: Page) => critics(p).getByRole('list', { name: 'Critic reviews list' }).getByRole('article');
const criticBand = (p: Page, name: RegExp) =>
  critics(p).getByRole('group', { name: 'Filter critic reviews by score band' }).getByRole('button', { name });
const userBand = (p: Page, name: RegExp) =>
  users(p).getByRole('group', { name: 'Filter user reviews by score band' }).getByRole('button', { name });
const pressed = (l: Locator) => l.and(l.page().locator('[aria-pressed="true"]')).waitFor();
/** a chart's bar is a link: the one shown is `aria-current` */
const current = (l: Locator) => l.and(l.page().locator('[aria-current="true"]')).waitFor();
/**
 * Submit from the keyboard. (A mouse click right after typing an invalid value can miss: the field's blur shows
 * its error, which pushes the button down between mousedown and mouseup.)
 */
const submitByKeyboard = async (button: Locator) => {
  await button.focus();
  await button.page().keyboard.press('Enter');
};
const showing = (p: Page, n: number) =>
  critics(p)
    .getByText(n === 34 ? /^All 34 critic reviews/ : new RegExp(`^${n} of 34 critic reviews`))
    .waitFor();

const OVERVIEW = state('the overview (prerendered, hydrated, the rating form loaded)', async ({ page }) => {
  await page.goto(MOVIE);
  await page.getByRole('region', { name: 'At a glance' }).waitFor();
  await rateForm(page).waitFor();
});
// the overview's content grid shows first sentences (the guide's own page shows every explanation whole)
const OVERVIEW_EXPLANATION = state(
  'parents content explanation expanded on the overview, by keyboard',
  async ({ page }) => {
    await guide(page).getByRole('button', { name: 'Read more about language' }).focus();
    await page.keyboard.press('Enter');
    await guide(page).getByRole('button', { name: 'Show less about language' }).waitFor();
  },
);
const CRITIC_LIST = state('all critic reviews (their own page)', async ({ page }) => {
  await page.goto(CRITIC_REVIEWS);
  await showing(page, 34);
});
const USER_LIST = state('all user reviews (their own page)', async ({ page }) => {
  await page.goto(USER_REVIEWS);
  await users(page)
    .getByText(/^All \d+ user reviews/)
    .waitFor();
});
const GUIDE = state('the parents’ guide (its own page, the family form loaded)', async ({ page }) => {
  await page.goto(PARENTS_GUIDE);
  await familyForm(page).waitFor();
});

const CRITIC_SORTS = ['Score: low to high'];
const CRITICS: State[] = [
  state('critics band negative', async ({ page }) => {
    const b = criticBand(page, /^Negative \d+$/);
    await b.click();
    await pressed(b);
  }),
  state('critics histogram bar 50–59, by keyboard', async ({ page }) => {
    const chart = critics(page).getByRole('group', { name: 'Critic scores, 0–100' });
    const bar = chart.getByRole('link', { name: /^50–59:/ });
    await bar.focus();
    await page.keyboard.press('Enter');
    await current(bar);
    await showing(page, 10);
  }),
  state('critics histogram as a table', async ({ page }) => {
    await critics(page).getByText('Show as table').click();
    await critics(page).getByRole('table', { name: 'Critic scores, 0–100' }).waitFor();
  }),
  ...CRITIC_SORTS.map((label, i) =>
    state(`critics sort: ${label}`, async ({ page }) => {
      if (i === 0) {
        await criticBand(page, /^All \d+$/).click();
        await showing(page, 34);
      }
      const select = critics(page).getByRole('combobox', { name: 'Sort' });
      await select.selectOption({ label });
      await page.waitForFunction(
        (l) =>
          [...document.querySelectorAll<HTMLSelectElement>('#critics select')].some(
            (s) => s.selectedOptions[0]?.textContent === l,
          ),
        label,
      );
    }),
  ),
  state('critics excerpt expanded (Read more)', async ({ page }) => {
    const more = critics(page).getByRole('button', { name: 'Read more', exact: true });
    // each card measures its excerpt when its width changes (the walk has just resized the window): let that settle,
    // or a toggle counted now may be gone by the click
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    if ((await more.count()) === 0) return; // every excerpt fits at this width
    await more.first().click();
    await critics(page).getByRole('button', { name: 'Show less', exact: true }).first().waitFor();
  }),
  state('critics search with highlighted words', async ({ page }) => {
    await critics(page).getByRole('searchbox', { name: 'Search' }).fill('lottery');
    await criticCards(page).first().locator('mark').first().waitFor();
  }),
  state('critics search with no results', async ({ page }) => {
    await critics(page).getByRole('searchbox', { name: 'Search' }).fill('nothing-like-this');
    await critics(page).getByText('No critic reviews match these filters.').waitFor();
  }),
];

const USER_SORTS = ['Most helpful'];
/** On the overview: the rating form's states, and the reader's own review (with a spoiler, for the list page). */
const RATING: State[] = [
  state('users rating form with every field in error', async ({ page }) => {
    const form = rateForm(page);
    await form.getByLabel('Nickname').fill('');
    await form.getByLabel(/^Title/).fill('T'.repeat(101));
    await form.getByLabel(/^Your review/).fill('Too short.');
    await submitByKeyboard(form.getByRole('button', { name: 'Submit rating' }));
    for (const message of [
      'Choose a rating from 0 to 10',
      'Nickname needs at least 2 characters',
      'Title can have at most 100 characters',
      'A review needs at least 75 characters',
    ]) {
      await form.getByText(message).waitFor();
    }
  }),
  state('users failed submit (fault): the form’s alert and a toast', async ({ page }) => {
    await setFaultPlan(page, 'user-review-write:http500');
    const form = rateForm(page);
    await form.getByRole('radio', { name: /^7,/ }).check({ force: true });
    await form.getByLabel('Nickname').fill('A11y Reader');
    await form.getByLabel(/^Title/).fill('Worth a look');
    await form.getByLabel(/^Your review/).fill(VALID_TEXT);
    await form.getByRole('checkbox', { name: /Contains spoilers/ }).check();
    await submitByKeyboard(form.getByRole('button', { name: 'Submit rating' }));
    await form.getByRole('alert').filter({ hasText: 'Your rating was not saved' }).waitFor();
    await page.getByRole('button', { name: 'Dismiss' }).first().waitFor();
    await clearFaultPlan(page);
  }),
  state('users own-review panel after a successful submit', async ({ page }) => {
    await submitByKeyboard(rateForm(page).getByRole('button', { name: 'Submit rating' }));
    await page.getByRole('heading', { name: 'Your rating: 7 out of 10' }).waitFor();
    await users(page).getByText('Thank you. Your rating of 7 out of 10 was added.').waitFor();
  }),
];

/** On the user list page. */
const USERS: State[] = [
  state('users band negative', async ({ page }) => {
    const b = userBand(page, /^Negative \d+$/);
    await b.click();
    await pressed(b);
  }),
  state('users score bar 8', async ({ page }) => {
    const bar = users(page).getByRole('group', { name: 'User scores, 0–10' }).getByRole('link', { name: /^8:/ });
    await bar.click();
    await current(bar);
  }),
  ...USER_SORTS.map((label, i) =>
    state(`users sort: ${label}`, async ({ page }) => {
      if (i === 0) {
        await userBand(page, /^All \d+$/).click();
        await pressed(userBand(page, /^All \d+$/));
      }
      await users(page).getByRole('combobox', { name: 'Sort user reviews' }).selectOption({ label });
      await page.waitForFunction(
        (l) =>
          [...document.querySelectorAll<HTMLSelectElement>('#users select')].some(
            (s) => s.selectedOptions[0]?.textContent === l,
          ),
        label,
      );
    }),
  ),
  state('users helpful vote cast', async ({ page }) => {
    const helpful = users(page)
      .getByRole('article')
      .first()
      .getByRole('button', { name: /^Helpful \(/ });
    await helpful.click();
    await pressed(helpful);
  }),
  state('users spoiler revealed, by keyboard', async ({ page }) => {
    const show = users(page).getByRole('button', { name: 'Show spoiler' }).first();
    await show.focus();
    await page.keyboard.press('Space');
    await users(page).getByRole('button', { name: 'Hide spoiler' }).first().waitFor();
  }),
];

/** Back on the overview: editing and deleting the reader's own review. */
const OWN_REVIEW: State[] = [
  state('the overview again', async ({ page }) => {
    await page.goto(MOVIE);
    await page.getByRole('button', { name: 'Edit your review' }).waitFor();
  }),
  state('users edit form', async ({ page }) => {
    await page.getByRole('button', { name: 'Edit your review' }).click();
    await page.getByRole('form', { name: 'Edit your review' }).waitFor();
  }),
  state('users delete confirmation', async ({ page }) => {
    await page.getByRole('form', { name: 'Edit your review' }).getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Delete your review' }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).waitFor();
  }),
  state('users review deleted', async ({ page }) => {
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await users(page).getByText('Your review was deleted.').waitFor();
    await rateForm(page).waitFor();
  }),
];

const PARENTS: State[] = [
  state('parents family form with errors', async ({ page }) => {
    const f = familyForm(page);
    await f.getByRole('textbox', { name: 'Your review' }).fill('Too short');
    await submitByKeyboard(f.getByRole('button', { name: 'Add review' }));
    for (const message of FAMILY_FORM_ERRORS) {
      await f.getByText(message).waitFor();
    }
  }),
  state('parents family review added', async ({ page }) => {
    const f = familyForm(page);
    await fillFamilyForm(page, 12, 'Good for talking about school and fairness.');
    await submitByKeyboard(f.getByRole('button', { name: 'Add review' }));
    await f.getByText('Thank you: your parent review (age 12+) was added.').waitFor();
    await guide(page).getByRole('article').first().waitFor();
  }),
  ...['Parents', 'Kids', 'All'].map((who) =>
    state(`parents role filter: ${who}`, async ({ page }) => {
      const b = guide(page)
        .getByRole('group', { name: 'Show reviews from' })
        .getByRole('button', { name: new RegExp(`^${who} \\(`) });
      await b.click();
      await pressed(b);
    }),
  ),
  state('theme toggle: the other scheme chosen', async ({ page }) => {
    const dark = await page.evaluate(() => document.documentElement.classList.contains('dark'));
    await page.getByText(dark ? 'Light' : 'Dark', { exact: true }).click();
    await page.waitForFunction((d) => document.documentElement.classList.contains('dark') !== d, dark);
  }),
  state('theme toggle: back to System', async ({ page }) => {
    await page.getByText('System', { exact: true }).click();
    await page.getByRole('radio', { name: 'System' }).and(page.locator(':checked')).waitFor();
  }),
];

const RESET = state('clear what this device added, confirmed in the page: a toast', async ({ page }) => {
  await page.getByRole('button', { name: 'Clear what you added on this device' }).click();
  await page.getByRole('button', { name: 'Yes, clear them' }).click();
  await page.getByText('Everything you added on this device was cleared.').waitFor();
});

const STORAGE_AND_ERROR = state(
  'storage that throws (the notice) and a section that failed to load (Try again)',
  async (c) => {
    const page = await c.context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    // `/` is not prerendered: the page asks the API, through the fault (the overview's chosen critic reviews)
    await page.goto(`/?faults=${encodeURIComponent('critic-reviews:contract')}`);
    await page.getByText(/can't be saved in this browser/).waitFor();
    await critics(page)
      .getByRole('button', { name: /try again/i })
      .waitFor({ timeout: 20_000 });
    c.target = page;
  },
);

const NOT_FOUND = ['/movies/no-such-film', '/no/such/page'].map((path) =>
  state(`not found: ${path}`, async ({ page }) => {
    await page.goto(path);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  }),
);

/** One axe run per check, after its states are reached in order. */
const CHECKS: State[][] = [
  ...[
    OVERVIEW,
    OVERVIEW_EXPLANATION,
    ...RATING,
    CRITIC_LIST,
    ...CRITICS,
    USER_LIST,
    ...USERS,
    ...OWN_REVIEW,
    GUIDE,
    ...PARENTS,
  ].map((s) => [s]),
  [RESET],
  [STORAGE_AND_ERROR],
  ...NOT_FOUND.map((s) => [s]),
];
const STATE_COUNT = CHECKS.flat().length + 1; // the storage check shows two states

const WIDE = { width: 1280, height: 900 };
const NARROW = { width: 360, height: 800 };
type Scheme = 'light' | 'dark';
const other = (s: Scheme): Scheme => (s === 'light' ? 'dark' : 'light');

/** The system scheme each page emulates now (a page starts light, as the project's colorScheme says). */
const schemeOf = new WeakMap<Page, Scheme>();

/** Emulates `scheme` at `viewport`, changing only what differs, and waits until the page has followed. */
async function setMode(page: Page, viewport: typeof WIDE, scheme: Scheme) {
  if (page.viewportSize()?.width !== viewport.width) await page.setViewportSize(viewport);
  if ((schemeOf.get(page) ?? 'light') !== scheme) {
    await page.emulateMedia({ colorScheme: scheme });
    schemeOf.set(page, scheme);
  }
  // the page follows the system's scheme unless the reader chose one (the theme toggle's state)
  await page.waitForFunction((dark) => {
    let chosen: unknown;
    try {
      chosen = (JSON.parse(localStorage.getItem('verdict:reader') ?? 'null') as { state?: { theme?: unknown } })?.state
        ?.theme;
    } catch {
      chosen = undefined; // storage that throws: one of the states
    }
    const followsSystem = chosen !== 'light' && chosen !== 'dark';
    return !followsSystem || document.documentElement.classList.contains('dark') === dark;
  }, scheme === 'dark');
  // the new layout is painted and colour transitions (150 ms) have ended before contrast is read
  await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await Promise.all(
      document
        .getAnimations()
        .filter((a) => a instanceof CSSTransition)
        .map((a) => a.finished.catch(() => {})),
    );
  });
}

/** A hash of the page's markup: the same in both schemes unless the page renders differently in one. */
const markup = (page: Page) =>
  page.evaluate(() => {
    const html = document.body.outerHTML;
    let h = 0x811c9dc5;
    for (let i = 0; i < html.length; i++) h = Math.imul(h ^ html.charCodeAt(i), 0x01000193);
    return `${html.length}:${h >>> 0}`;
  });

test('axe finds no violation in any state a reader can reach, light and dark, at 1280 and 360 px', async ({
  page,
  context,
  errors,
}) => {
  test.setTimeout(480_000);
  context.setDefaultTimeout(20_000);
  const found: string[] = [];
  let colourRuns = 0;
  // Each state is reached at 1280 px, in the scheme the last check ended in; then checked at 1280 and 360 px in that
  // scheme, and at 360 and 1280 px in the other, so each check switches the scheme once (a switch restyles and
  // repaints the whole page: the costliest step of the walk after axe itself).
  for (const check of CHECKS) {
    const c: Ctx = { context, page };
    const names = check.map((s) => s.name).join(' + ');
    for (const s of check) {
      await test.step(s.name, async () => {
        try {
          await s.reach(c);
        } catch (e) {
          throw new Error(`could not reach “${s.name}”: ${(e as Error).message}`, { cause: e });
        }
      });
    }
    const target = c.target ?? page;
    const first = schemeOf.get(target) ?? 'light';
    const seen = new Map<number, string>(); // width → the markup checked with every rule in the first scheme
    for (const [mode, viewport] of [
      [first, WIDE],
      [first, NARROW],
      [other(first), NARROW],
      [other(first), WIDE],
    ] as const) {
      await setMode(target, viewport, mode);
      // The second scheme at a width: when the markup is the one just checked (the dark theme is colours only),
      // only the rules that read colours can answer otherwise, so only they run; else every rule.
      const html = await markup(target);
      const same = seen.get(viewport.width) === html;
      if (!seen.has(viewport.width)) seen.set(viewport.width, html);
      const violations = await axeViolations(target, same ? 'colours' : 'all');
      if (same) colourRuns += 1;
      // WCAG 1.4.10 (reflow), which axe does not check: nothing scrolls sideways at 360 px.
      const overflow = await target.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0)
        violations.push(`reflow: the page is ${overflow} px wider than the ${viewport.width} px window`);
      const modeName = `${mode} ${viewport.width}`;
      found.push(...violations.map((v) => `${names} (${modeName}): ${v}`));
      expect.soft(violations, `${names} (${modeName})`).toEqual([]);
    }
    if (c.target) await c.target.close();
  }
  console.log(
    `a11y: ${STATE_COUNT} states × 4 modes, ${CHECKS.length * 4} axe runs (${colourRuns} with the colour rules only), ${found.length} violations`,
  );
  expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
});
