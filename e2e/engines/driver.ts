// The tiny driver the reader flows (e2e/flows.spec.ts) are written against, once for every engine.
//
// Targets are found the same way in every engine: by role and accessible name, test id or text, with one
// function that runs in the page (`query` below), so a flow cannot pass in one engine and fail in another
// because two automation libraries read the page differently. Clicks and typing are each library's real input
// (Playwright, puppeteer over WebDriver BiDi, WebDriver classic). A target must match exactly one element;
// the driver waits for that (up to TIMEOUT_MS) and says what it found instead when it gives up.
import type { Engine } from '../browsers.mjs';

export type { Engine };
export type Name = string | RegExp;
export type Role =
  | 'article'
  | 'button'
  | 'checkbox'
  | 'form'
  | 'group'
  | 'heading'
  | 'link'
  | 'list'
  | 'radio'
  | 'region'
  | 'searchbox'
  | 'status'
  | 'textbox';

/** What to find: by role (and accessible name), test id or exact text; inside another target; the nth match. */
export type Target = ({ role: Role; name?: Name } | { testId: string } | { text: Name }) & {
  within?: Target;
  nth?: number;
};

export interface Driver {
  readonly engine: Engine;
  /** opens a path on the app (the preview server) and waits for the load event */
  goto(path: string): Promise<void>;
  /** clicks the target as a pointer would (a visually hidden radio or checkbox: its label) */
  click(target: Target): Promise<void>;
  /** types into the target, replacing what is there */
  fill(target: Target, value: string): Promise<void>;
  /** the target's rendered text, whitespace collapsed */
  text(target: Target): Promise<string>;
  /** how many elements match now (no waiting) */
  count(target: Target): Promise<number>;
  /** whether the target's content is cut off (it scrolls or is clamped) */
  clipped(target: Target): Promise<boolean>;
  url(): Promise<string>;
  reload(): Promise<void>;
  /** the browser's Back */
  back(): Promise<void>;
  /** console errors, uncaught errors, failed resources and CSP violations since the test began */
  errors(): Promise<string[]>;
}

/** Builders that read like the page: role('button', 'Submit rating', form). */
export const role = (r: Role, name?: Name, within?: Target): Target => ({ role: r, name, within });
export const testId = (id: string, within?: Target): Target => ({ testId: id, within });
export const text = (t: Name, within?: Target): Target => ({ text: t, within });
export const nth = (target: Target, n: number): Target => ({ ...target, nth: n });

export const TIMEOUT_MS = 10_000;

/** The body of scrollIntoView for engines that take a script: the element is `el`. */
export const SCROLL_INTO_VIEW = (el: Element) => {
  el.scrollIntoView({ block: 'center', inline: 'center' });
  return new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
};

/** A target as it crosses into the page (RegExp does not survive every protocol's serialisation). */
type WireName = { s: string } | { re: string; flags: string };
export interface Wire {
  role?: Role;
  name?: WireName;
  testId?: string;
  text?: WireName;
  within?: Wire;
  nth?: number;
}
export type Op = 'element' | 'click' | 'count' | 'text' | 'clipped';

const wireName = (n: Name): WireName => (typeof n === 'string' ? { s: n } : { re: n.source, flags: n.flags });
export function toWire(t: Target): Wire {
  return {
    ...('role' in t ? { role: t.role, ...(t.name !== undefined ? { name: wireName(t.name) } : {}) } : {}),
    ...('testId' in t ? { testId: t.testId } : {}),
    ...('text' in t ? { text: wireName(t.text) } : {}),
    ...(t.within ? { within: toWire(t.within) } : {}),
    ...(t.nth !== undefined ? { nth: t.nth } : {}),
  };
}

export function describeTarget(t: Target): string {
  const name = (n: Name) => (typeof n === 'string' ? JSON.stringify(n) : String(n));
  const self =
    'role' in t
      ? `${t.role}${t.name !== undefined ? ` ${name(t.name)}` : ''}`
      : 'testId' in t
        ? `[data-testid=${t.testId}]`
        : `text ${name(t.text)}`;
  return `${self}${t.nth !== undefined ? ` #${t.nth}` : ''}${t.within ? ` in ${describeTarget(t.within)}` : ''}`;
}

/**
 * Runs in the page (serialised, so it uses nothing from outside). Finds the elements a target matches among
 * those rendered and not aria-hidden, then: 'count' → their number; otherwise, when exactly one matches (or the
 * nth exists), 'element' → it, 'click' → it or, for a visually hidden input, its label, 'text' → { found: its
 * rendered text }, 'clipped' → { found: whether its content overflows }. Else a string saying what was found.
 */
export function query(spec: Wire, op: Op): unknown {
  const IMPLICIT: Record<string, string> = {
    article: 'article',
    button: 'button, input[type=button], input[type=submit], input[type=reset]',
    checkbox: 'input[type=checkbox]',
    form: 'form',
    group: 'fieldset, details',
    heading: 'h1, h2, h3, h4, h5, h6',
    link: 'a[href], area[href]',
    list: 'ul, ol, menu',
    radio: 'input[type=radio]',
    region: 'section',
    searchbox: 'input[type=search]',
    status: 'output',
    textbox:
      'input:not([type]), input[type=text], input[type=email], input[type=tel], input[type=url], input[type=number], textarea',
  };
  const NAMED_ONLY = new Set(['form', 'region']);
  const FROM_CONTENT = new Set(['button', 'checkbox', 'heading', 'link', 'radio']);
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const test = (value: string, n: WireName) => ('s' in n ? value === n.s : new RegExp(n.re, n.flags).test(value));
  const shown = (el: Element) => {
    if (el.closest('[aria-hidden="true"]')) return false;
    if (el.getClientRects().length === 0) return false;
    return getComputedStyle(el).visibility !== 'hidden';
  };
  /** Rendered text: blocks are separated, display:none is skipped; with forName, aria-hidden parts too. */
  const textOf = (node: Node, forName: boolean): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.nodeValue ?? '';
    if (!(node instanceof Element)) return '';
    if (forName && node.getAttribute('aria-hidden') === 'true') return '';
    const style = getComputedStyle(node);
    if (style.display === 'none') return '';
    if (node.localName === 'br') return ' ';
    const inner = [...node.childNodes].map((c) => textOf(c, forName)).join('');
    return style.display.startsWith('inline') ? inner : ` ${inner} `;
  };
  const roleOf = (el: Element, role: string) => {
    const explicit = el.getAttribute('role')?.trim().split(/\s+/)[0];
    return explicit ? explicit === role : el.matches(IMPLICIT[role] ?? ':not(*)');
  };
  const nameOf = (el: Element, role: string): string => {
    const by = el.getAttribute('aria-labelledby');
    if (by) {
      return norm(
        by
          .split(/\s+/)
          .map((id) => {
            const ref = document.getElementById(id);
            return ref ? textOf(ref, true) : '';
          })
          .join(' '),
      );
    }
    const label = el.getAttribute('aria-label');
    if (label && label.trim()) return norm(label);
    const labels = (el as HTMLInputElement).labels;
    if (labels && labels.length) return norm([...labels].map((l) => textOf(l, true)).join(' '));
    if (FROM_CONTENT.has(role)) return norm(textOf(el, true));
    return norm(el.getAttribute('title') ?? '');
  };
  const describe = (w: Wire): string =>
    (w.role ? `${w.role} ${w.name ? JSON.stringify(w.name) : ''}` : w.testId ? `[data-testid=${w.testId}]` : 'text') +
    (w.text ? JSON.stringify(w.text) : '') +
    (w.within ? ` in ${describe(w.within)}` : '');

  const find = (w: Wire): Element[] | string => {
    let scope: ParentNode = document;
    if (w.within) {
      const outer = find(w.within);
      if (typeof outer === 'string') return outer;
      if (outer.length !== 1) return `${outer.length} elements match ${describe(w.within)}`;
      scope = outer[0]!;
    }
    let found: Element[];
    if (w.role) {
      const role = w.role;
      found = [...scope.querySelectorAll(`[role], ${IMPLICIT[role] ?? ':not(*)'}`)].filter(
        (el) =>
          roleOf(el, role) &&
          shown(el) &&
          (!NAMED_ONLY.has(role) || el.hasAttribute('role') || nameOf(el, role) !== '') &&
          (!w.name || test(nameOf(el, role), w.name)),
      );
    } else if (w.testId) {
      found = [...scope.querySelectorAll(`[data-testid="${CSS.escape(w.testId)}"]`)].filter(shown);
    } else {
      const want = w.text!;
      const all = [...scope.querySelectorAll('*')].filter((el) => test(norm(textOf(el, false)), want) && shown(el));
      // the innermost elements with that text
      found = all.filter((el) => !all.some((other) => other !== el && el.contains(other)));
    }
    if (w.nth !== undefined) return found[w.nth] ? [found[w.nth]!] : `no element #${w.nth} of ${found.length}`;
    return found;
  };

  const found = find(spec);
  if (op === 'count') return typeof found === 'string' ? 0 : found.length;
  if (typeof found === 'string') return found;
  if (found.length !== 1) return `${found.length} elements match`;
  const el = found[0]!;
  switch (op) {
    case 'text':
      return { found: norm(textOf(el, false)) };
    case 'clipped':
      return { found: el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1 };
    case 'click': {
      if ((el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true') return 'it is disabled';
      const box = el.getBoundingClientRect();
      const labels = (el as HTMLInputElement).labels;
      if ((box.width <= 1 || box.height <= 1) && labels && labels[0]) return labels[0];
      return el;
    }
    default:
      return el;
  }
}

/** What every engine's driver shares: waiting for a target, reading it, and collecting errors. */
export abstract class BaseDriver<E> implements Driver {
  abstract readonly engine: Engine;
  /** what the harness collected natively (console events, page errors) plus the probe's records */
  protected collected: string[] = [];
  private loaded = false;

  constructor(protected readonly baseURL: string) {}

  /** Runs `query` in the page: an element handle, or a plain value. */
  protected abstract run(spec: Wire, op: Op): Promise<{ element: E } | { value: unknown }>;
  /** scrolls the element to the middle of the window and waits two frames (lists skip off-screen layout) */
  protected abstract scrollIntoView(el: E): Promise<void>;
  protected abstract clickElement(el: E): Promise<void>;
  protected abstract typeInto(el: E, value: string): Promise<void>;
  protected abstract navigate(url: string): Promise<void>;
  protected abstract doReload(): Promise<void>;
  protected abstract doBack(): Promise<void>;
  /** evaluates an expression in the page and returns its JSON value */
  protected abstract evaluate<T>(expression: string): Promise<T>;
  abstract url(): Promise<string>;
  abstract screenshot(): Promise<Buffer>;
  abstract close(): Promise<void>;

  private async wait(target: Target, op: Op): Promise<{ element: E } | { value: unknown }> {
    const wire = toWire(target);
    const until = Date.now() + TIMEOUT_MS;
    for (;;) {
      const r = await this.run(wire, op);
      if ('element' in r || (typeof r.value === 'object' && r.value !== null && 'found' in r.value)) return r;
      if (Date.now() > until) {
        throw new Error(
          `${this.engine}: no single ${describeTarget(target)} within ${TIMEOUT_MS} ms (${String(r.value)})`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private static found(r: { element: unknown } | { value: unknown }): unknown {
    return 'value' in r ? (r.value as { found: unknown }).found : undefined;
  }

  async goto(path: string) {
    await this.harvest();
    await this.navigate(new URL(path, this.baseURL).href);
    this.loaded = true;
  }

  /**
   * Finds the target and acts on it; if the element went away in between (React replaced it: each library calls
   * that detached, stale or not attached), finds it again, until TIMEOUT_MS.
   */
  private async act(target: Target, op: 'click' | 'element', action: (el: E) => Promise<void>) {
    const until = Date.now() + TIMEOUT_MS;
    for (;;) {
      const r = await this.wait(target, op);
      if (!('element' in r)) throw new Error(`${this.engine}: ${describeTarget(target)} is not an element`);
      try {
        return await action(r.element);
      } catch (e) {
        const message = e instanceof Error ? `${e.name} ${e.message}` : String(e);
        if (!/detached|stale|not attached|not connected/i.test(message) || Date.now() > until) throw e;
      }
    }
  }

  async click(target: Target) {
    await this.act(target, 'click', async (el) => {
      await this.scrollIntoView(el);
      await this.clickElement(el);
    });
  }

  async fill(target: Target, value: string) {
    await this.act(target, 'element', (el) => this.typeInto(el, value));
  }

  async text(target: Target) {
    return String(BaseDriver.found(await this.wait(target, 'text')));
  }

  async count(target: Target) {
    const r = await this.run(toWire(target), 'count');
    return Number('value' in r ? r.value : 0);
  }

  async clipped(target: Target) {
    return BaseDriver.found(await this.wait(target, 'clipped')) === true;
  }

  async reload() {
    await this.harvest();
    await this.doReload();
  }

  async back() {
    await this.harvest();
    await this.doBack();
  }

  async errors() {
    await this.harvest();
    return [...this.collected];
  }

  /** Takes the probe's records from the current document (before it goes away, and when asked). */
  protected async harvest() {
    if (!this.loaded) return;
    const records = await this.evaluate<string[] | null>(
      'window.__verdictProbe ? window.__verdictProbe.take() : null',
    ).catch((e: unknown) => [`probe unreadable: ${e instanceof Error ? e.message : String(e)}`]);
    if (records === null) this.collected.push(`probe missing on ${await this.url()}`);
    else this.collected.push(...records);
  }
}
