import type { FamilyRole } from '@/domain/schemas';

interface RoleFilterProps {
  value: FamilyRole | null;
  counts: { all: number; parent: number; kid: number };
  onChange: (role: FamilyRole | null) => void;
}

const OPTIONS = [
  { role: null, label: 'All', count: 'all' },
  { role: 'parent', label: 'Parents', count: 'parent' },
  { role: 'kid', label: 'Kids', count: 'kid' },
] as const;

/** Which reviews to list; the choice lives in the URL (`?role=`). */
export function RoleFilter({ value, counts, onChange }: RoleFilterProps) {
  return (
    <div role="group" aria-label="Show reviews from" className="flex flex-wrap gap-2 static:hidden">
      {OPTIONS.map((o) => {
        const active = value === o.role;
        return (
          <button
            key={o.label}
            type="button"
            aria-pressed={active}
            onClick={() => onChange(o.role)}
            className={`rounded-full border px-3 py-1 text-sm font-medium ${
              active
                ? 'border-stone-900 bg-stone-900 text-white dark:border-stone-100 dark:bg-stone-100 dark:text-stone-900'
                : 'border-stone-400 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800'
            }`}
          >
            {o.label} ({counts[o.count]})
          </button>
        );
      })}
    </div>
  );
}
