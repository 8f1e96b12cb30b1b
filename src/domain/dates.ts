const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "2012-09-26" → "Sep 26, 2012" (the en-US medium date), the calendar date as written, wherever it is read.
 * Spelled out rather than asked of Intl.DateTimeFormat: creating that formatter loads ICU's date data, measured as
 * 20–30 ms of the page's first script task on this machine (80–120 ms at Lighthouse's 4× CPU slowdown).
 */
export function formatDate(iso: string): string {
  const month = MONTHS[Number(iso.slice(5, 7)) - 1] ?? iso.slice(5, 7);
  return `${month} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The reader's calendar date (their time zone) as YYYY-MM-DD: what a review written now is dated. */
export function localIsoDate(at: Date = new Date()): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

const DAY_MS = 86_400_000;

/**
 * The date a new review is stored with: the reader's own calendar date as the client sent it, when it is within
 * a day of the server's UTC date (every time zone is, UTC−12 to UTC+14); otherwise, or when none was sent, the
 * UTC date.
 */
export function readerDate(claimed: string | undefined, at: Date): string {
  const utc = at.toISOString().slice(0, 10);
  if (!claimed) return utc;
  const apart = Math.abs(Date.parse(`${claimed}T00:00:00Z`) - Date.parse(`${utc}T00:00:00Z`));
  return apart <= DAY_MS ? claimed : utc;
}
