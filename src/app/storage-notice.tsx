import { useSyncExternalStore } from 'react';
import { useStorageDurable } from '@/api/health';
import {
  NO_STORAGE_EVENTS,
  SET_ASIDE_CAP,
  storageEvents,
  subscribeStorageEvents,
  type StorageNoticeEvent,
} from '@/lib/set-aside';
import { STORAGE_KEY } from '@/mock-api/storage-key';
import { READER_STORE_KEY, readerStorageDurable, subscribeReaderStorage } from '@/stores/reader-store';

export const STORAGE_NOTICE_TEXT =
  "Your ratings, reviews and drafts can't be saved in this browser (storage is unavailable or full). They will stay until you close this tab.";

const assumeDurable = () => true;

/** What the reader knows the data under each key as. */
const WHAT: Record<string, string> = {
  [STORAGE_KEY]: 'The ratings and reviews added in this browser',
  [READER_STORE_KEY]: 'Part of what this browser remembers for you (drafts, nickname, votes, theme)',
};

const when = (iso: string) =>
  iso ? ` on ${new Date(iso.slice(0, 24)).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' })}` : '';

function setAsideText(e: StorageNoticeEvent) {
  const what = WHAT[e.key] ?? 'Some saved data';
  const newer = e.kind.startsWith('v') ? ' (saved by a newer version of Verdict)' : '';
  return `${what} could not be read${newer}, so the page carries on without it. Nothing is lost: a copy is kept in this browser's storage under “${e.copyKey}”.`;
}

/**
 * The one place the page talks about storage: when what the reader adds lives only as long as this tab, and
 * when saved data could not be read and was set aside (or an old set-aside copy had to go).
 */
export function StorageNotice() {
  // what the reader adds (the API's storage) and what the reader types (drafts, in the reader store)
  const apiDurable = useStorageDurable();
  const readerDurable = useSyncExternalStore(subscribeReaderStorage, readerStorageDurable, assumeDurable);
  const durable = apiDurable && readerDurable;
  const events = useSyncExternalStore(subscribeStorageEvents, storageEvents, () => NO_STORAGE_EVENTS);
  // the latest copy per key is enough to find them all
  const setAside = [...new Map(events.filter((e) => e.type === 'set-aside').map((e) => [e.key, e] as const)).values()];
  const dropped = events.filter((e) => e.type === 'dropped');
  if (durable && setAside.length === 0 && dropped.length === 0) return null;
  return (
    <div
      role="status"
      className="mb-6 space-y-2 rounded-lg border border-amber-400 bg-amber-50 px-4 py-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
    >
      {!durable && (
        <p>
          <span className="font-semibold">Not saved: </span>
          {STORAGE_NOTICE_TEXT}
        </p>
      )}
      {setAside.map((e) => (
        <p key={e.copyKey} className="break-words">
          <span className="font-semibold">Set aside: </span>
          {setAsideText(e)}
        </p>
      ))}
      {dropped.map((e) => (
        <p key={e.copyKey} className="break-words">
          <span className="font-semibold">Removed: </span>
          This browser keeps the last {SET_ASIDE_CAP} copies; the oldest, set aside{when(e.at)} (“{e.copyKey}”), was
          removed to make room.
        </p>
      ))}
    </div>
  );
}
