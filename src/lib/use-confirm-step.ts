import { useEffect, useRef, useState } from 'react';

/**
 * A destructive action asked about in the page, not in a browser dialog: the question and its buttons replace the
 * button that asked, and Cancel (or the end of the action) puts it back. Focus follows what replaced what: to "Yes"
 * when the question appears, back to the asking button when it goes, so it never falls to the page.
 * Spread `askProps` on the asking button, put `yesRef` on the confirming one, and call `done` to put the asking
 * button back.
 */
export function useConfirmStep() {
  const [confirming, setConfirming] = useState(false);
  const yesRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (confirming) yesRef.current?.focus();
    else if (asked.current) askRef.current?.focus();
  }, [confirming]);
  return {
    confirming,
    yesRef,
    askProps: {
      ref: askRef,
      onClick: () => {
        asked.current = true;
        setConfirming(true);
      },
    },
    done: () => setConfirming(false),
  };
}
