import type { ReactNode } from 'react';
import { Link } from '@/lib/router';

/** The overview's way from a section's chosen reviews to all of them: "All 34 critic reviews →". */
export function AllLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p>
      <Link
        href={href}
        className="inline-flex items-center gap-1 rounded-md border border-stone-400 px-4 py-2 font-semibold hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800"
      >
        {children}
        <span aria-hidden="true">→</span>
      </Link>
    </p>
  );
}
