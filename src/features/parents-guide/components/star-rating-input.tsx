import type { Ref } from 'react';

interface StarRatingInputProps {
  name: string;
  value: number | null | undefined;
  onChange: (stars: number) => void;
  onBlur: () => void;
  inputRef: Ref<HTMLInputElement>;
  invalid: boolean;
  describedBy: string | undefined;
  legend: string;
}

/** 1–5 stars as a native radio group: arrow keys move between stars, the choice is also said in words. */
export function StarRatingInput({
  name,
  value,
  onChange,
  onBlur,
  inputRef,
  invalid,
  describedBy,
  legend,
}: StarRatingInputProps) {
  return (
    <fieldset role="radiogroup" aria-invalid={invalid} aria-describedby={describedBy} aria-required="true">
      <legend className="font-semibold">{legend}</legend>
      <div className="mt-1 flex flex-wrap items-center gap-1">
        {[1, 2, 3, 4, 5].map((n) => (
          <label
            key={n}
            className="cursor-pointer rounded-md p-1 text-3xl leading-none has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-sky-700 dark:has-focus-visible:outline-sky-300"
          >
            <input
              ref={n === 1 ? inputRef : undefined}
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
              onBlur={onBlur}
              className="sr-only"
            />
            <span
              aria-hidden="true"
              className={
                value && n <= value ? 'text-amber-600 dark:text-amber-300' : 'text-stone-500 dark:text-stone-400'
              }
            >
              {value && n <= value ? '★' : '☆'}
            </span>
            <span className="sr-only">
              {n} star{n === 1 ? '' : 's'}
            </span>
          </label>
        ))}
        <span className="ml-2 text-sm text-stone-700 dark:text-stone-300" aria-hidden="true">
          {value ? `${value} out of 5 stars` : 'No stars chosen'}
        </span>
      </div>
    </fieldset>
  );
}
