const fmt = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** "2012-09-26" → "Sep 26, 2012". */
export function formatDate(iso: string): string {
  return fmt.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}
