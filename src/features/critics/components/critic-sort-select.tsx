import { useId } from 'react';
import { CRITIC_SORT_LABEL, CRITIC_SORTS, type CriticSort } from '@/domain/review-query';

export function CriticSortSelect({ value, onChange }: { value: CriticSort; onChange: (s: CriticSort) => void }) {
  const id = useId();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium">
        Sort
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value as CriticSort)}
        className="rounded-md border border-stone-500 bg-white px-2 py-1.5 text-sm dark:bg-stone-900"
      >
        {CRITIC_SORTS.map((s) => (
          <option key={s} value={s}>
            {CRITIC_SORT_LABEL[s]}
          </option>
        ))}
      </select>
    </div>
  );
}
