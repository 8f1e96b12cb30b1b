import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { resetDemoData } from '@/api/movie';
import { queryKeys } from '@/api/query-keys';
import { useReaderActions } from '@/stores/reader-store';
import { toast } from './toaster';

/** Puts the demo back to the seed state: everything readers added is forgotten. */
export function ResetDemoButton() {
  const queryClient = useQueryClient();
  const { demoDataReset } = useReaderActions();
  const [busy, setBusy] = useState(false);

  const onClick = async () => {
    if (
      !window.confirm(
        'Reset the demo? Every rating and review added in this browser will be removed. Drafts you have not sent are kept.',
      )
    )
      return;
    setBusy(true);
    try {
      await resetDemoData();
      demoDataReset();
      await queryClient.invalidateQueries({ queryKey: queryKeys.all });
      toast('Demo data reset to the seed state.');
    } catch {
      toast('The demo data could not be reset. Try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <button
      type="button"
      onClick={() => void onClick()}
      disabled={busy}
      className="rounded-md border border-stone-400 px-2 py-1 text-sm hover:bg-stone-200 disabled:opacity-60 dark:border-stone-600 dark:hover:bg-stone-800"
    >
      Reset demo data
    </button>
  );
}
