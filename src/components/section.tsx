import type { ReactNode } from 'react';

interface SectionProps {
  id: string;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}

/**
 * A landmark section with its heading. It is a size container: what is inside lays itself out by the width it is
 * given (`@4xl:` …), the same in the page's column as beside a list on a wide screen.
 */
export function Section({ id, title, children, actions }: SectionProps) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className="@container scroll-mt-4">
      <div className="mb-4 flex flex-wrap items-end justify-between gap-2 border-b border-stone-300 pb-2 dark:border-stone-700">
        {/* focusable from script: where focus goes when what held it in the section leaves (ErrorState) */}
        <h2 id={`${id}-heading`} tabIndex={-1} className="text-2xl font-bold tracking-tight focus:outline-none">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
