import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { resetDemoData } from '@/api/movie';
import { queryKeys } from '@/api/query-keys';
import { useConfirmStep } from '@/lib/use-confirm-step';
import { useReaderActions } from '@/stores/reader-store';
import { toast } from './toaster';

const quiet =
  'rounded px-1 underline underline-offset-2 hover:text-stone-900 disabled:opacity-60 dark:hover:text-stone-100';

/**
 * Forgets every rating and review the reader added on this device. A quiet footer action (not the header):
 * it asks first, in the page rather than in a browser dialog, and keeps focus on what replaced the button.
 */
export function ClearAdditionsButton() {
  const queryClient = useQueryClient();
  const { demoDataReset } = useReaderActions();
  const { confirming, yesRef, askProps, done } = useConfirmStep();
  const [busy, setBusy] = useState(false);

  const clear = async () => {
    setBusy(true);
    try {
      await resetDemoData();
      demoDataReset();
      await queryClient.invalidateQueries({ queryKey: queryKeys.all });
      toast('Everything you added on this device was cleared.');
    } catch {
      toast('What you added could not be cleared. Try again.');
    } finally {
      setBusy(false);
      done();
    }
  };

  if (confirming) {
    return (
      <span role="group" aria-label="Confirm clearing" className="inline-flex flex-wrap items-center gap-2">
        <span>Remove every rating and review you added on this device? Drafts you have not sent are kept.</span>
        <button ref={yesRef} type="button" onClick={() => void clear()} disabled={busy} className={quiet}>
          Yes, clear them
        </button>
        <button type="button" onClick={done} disabled={busy} className={quiet}>
          Cancel
        </button>
      </span>
    );
  }
  return (
    <button {...askProps} type="button" className={quiet}>
      Clear what you added on this device
    </button>
  );
}
