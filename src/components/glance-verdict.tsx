import type { ReactNode } from 'react';
import { Skeleton } from './skeleton';

type GlanceVerdictProps = {
  /** where the section this verdict sums up starts, e.g. `#critics` */
  href: string;
  /** who judged: "Critics", "Users", "Parents" */
  title: string;
} & (
  | { state: 'pending'; loading: string }
  | { state: 'unavailable' }
  | {
      state: 'ready';
      /**
       * the link's name, the whole verdict as screen readers say it: "Critics: 42 out of 100, Mixed or average, 34
       * critic reviews" (what is on screen is hidden from them, as ScoreBadge does with its figure)
       */
      name: string;
      /** a ScoreBadge or the like; a blank square when there is no figure yet */
      figure?: ReactNode;
      verdict: ReactNode;
      detail: ReactNode;
    }
);

const CARD =
  'flex h-full min-h-[4.5rem] items-center gap-3 rounded-xl border border-stone-300 bg-white px-3 py-2.5 dark:border-stone-700 dark:bg-stone-900';
const LINK = `${CARD} group hover:border-stone-500 dark:hover:border-stone-400`;
const TITLE = 'block text-xs font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-400';
const DETAIL = 'block text-sm text-stone-600 dark:text-stone-400';

const Blank = () => (
  <span
    aria-hidden="true"
    className="flex h-12 w-12 shrink-0 items-center justify-center rounded-lg border-2 border-dashed border-stone-400 text-lg text-stone-500 dark:border-stone-600"
  >
    –
  </span>
);

/**
 * One verdict of the first screen's three, as a link to the section it sums up. It loads and fails on its own:
 * a skeleton of the same size while pending, a quiet line when it could not be loaded (the section says why and
 * offers the retry).
 */
export function GlanceVerdict(props: GlanceVerdictProps) {
  const { href, title } = props;
  if (props.state === 'pending') {
    return (
      <div role="status" className={CARD}>
        <span className="sr-only">Loading {props.loading}…</span>
        <Skeleton className="h-12 w-12 shrink-0" />
        <div className="flex-1 space-y-1.5" aria-hidden="true">
          <span className={TITLE}>{title}</span>
          <Skeleton className="h-4 w-32 max-w-full" />
          <Skeleton className="h-3.5 w-24 max-w-full" />
        </div>
      </div>
    );
  }
  if (props.state === 'unavailable') {
    return (
      <a href={href} className={LINK}>
        <span className="sr-only">{`${title}: not available right now`}</span>
        <Blank />
        <span className="min-w-0" aria-hidden="true">
          <span className={TITLE}>{title}</span>
          <span className={`${DETAIL} group-hover:underline`}>Not available right now</span>
        </span>
      </a>
    );
  }
  return (
    <a href={href} className={LINK}>
      <span className="sr-only">{props.name}</span>
      <span aria-hidden="true" className="flex min-w-0 flex-1 items-center gap-3">
        {props.figure ?? <Blank />}
        <span className="min-w-0">
          <span className={TITLE}>{title}</span>
          <span className="block leading-snug font-semibold group-hover:underline">{props.verdict}</span>
          <span className={DETAIL}>{props.detail}</span>
        </span>
      </span>
    </a>
  );
}
