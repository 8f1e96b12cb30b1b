import type { ReactNode } from 'react';

interface SectionProps {
  id: string;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
  /** 1 on a list page, where the section is the page (the movie's title is in the breadcrumb above it) */
  level?: 1 | 2;
}

/** A landmark section with its heading. */
export function Section({ id, title, children, actions, level = 2 }: SectionProps) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <section aria-labelledby={`${id}-heading`} id={id} className="scroll-mt-4">
      <div className="mb-4 flex flex-wrap items-end justify-between gap-2 border-b border-stone-300 pb-2 dark:border-stone-700">
        <Heading
          id={`${id}-heading`}
          tabIndex={level === 1 ? -1 : undefined}
          className={`font-bold tracking-tight focus:outline-none ${level === 1 ? 'text-3xl sm:text-4xl' : 'text-2xl'}`}
        >
          {title}
        </Heading>
        {actions}
      </div>
      {children}
    </section>
  );
}
