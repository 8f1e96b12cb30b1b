const fmt = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** "2012-09-26" → "Sep 26, 2012". */
const formatted = new Map<string, string>();

export function formatDate(iso: string): string {
  const day = iso.slice(0, 10);
  let out = formatted.get(day);
  if (out === undefined) {
    out = fmt.format(new Date(`${day}T00:00:00Z`));
    formatted.set(day, out);
  }
  return out;
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
