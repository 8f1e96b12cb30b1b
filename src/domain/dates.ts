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

/** The reader's own calendar date (not UTC's) as YYYY-MM-DD. */
export function localDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
