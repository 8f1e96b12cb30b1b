import { useStorageDurable } from '@/api/health';

export const STORAGE_NOTICE_TEXT =
  "Your ratings and reviews can't be saved in this browser (storage is unavailable or full). They will stay until you close this tab.";

/** Tells the reader, once storage is known to fail, that what they add lives only as long as this tab. */
export function StorageNotice() {
  const durable = useStorageDurable();
  if (durable) return null;
  return (
    <p
      role="status"
      className="mb-6 rounded-lg border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <span className="font-semibold">Not saved: </span>
      {STORAGE_NOTICE_TEXT}
    </p>
  );
}
