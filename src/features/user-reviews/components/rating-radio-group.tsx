import { BAND_LABEL, bandOf } from '@/domain/scores';
import { BAND_CLASSES } from '@/components/score-badge';

interface RatingRadioGroupProps {
  name: string;
  value: number | undefined;
  onChange: (score: number) => void;
  onBlur: () => void;
  errorId: string | undefined;
  invalid: boolean;
  inputRef?: (el: HTMLInputElement | null) => void;
}

const SCORES = Array.from({ length: 11 }, (_, i) => i);

/**
 * 0–10 as eleven native radio buttons in a fieldset: Tab reaches the group, the arrow keys choose,
 * and each choice is said with its band ("7, positive").
 */
export function RatingRadioGroup({ name, value, onChange, onBlur, errorId, invalid, inputRef }: RatingRadioGroupProps) {
  return (
    <fieldset>
      <legend className="font-semibold">
        Your rating <span className="font-normal text-stone-600 dark:text-stone-400">(0 = worst, 10 = best)</span>
      </legend>
      <div className="mt-2 grid grid-cols-6 gap-1.5 sm:grid-cols-11">
        {SCORES.map((n) => {
          const band = bandOf(n, 'user');
          const checked = value === n;
          return (
            <label key={n} className="relative">
              <input
                ref={n === 0 ? inputRef : undefined}
                type="radio"
                name={name}
                value={n}
                checked={checked}
                onChange={() => onChange(n)}
                onBlur={onBlur}
                aria-label={`${n}, ${BAND_LABEL[band].toLowerCase()}`}
                aria-invalid={invalid || undefined}
                aria-describedby={errorId}
                className="peer sr-only"
              />
              <span
                className={`flex h-11 cursor-pointer flex-col items-center justify-center rounded-md border text-base font-bold tabular-nums peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-600 ${
                  checked
                    ? `${BAND_CLASSES[band]} border-transparent`
                    : 'border-stone-300 bg-white hover:bg-stone-100 dark:border-stone-700 dark:bg-stone-900 dark:hover:bg-stone-800'
                }`}
              >
                {n}
              </span>
            </label>
          );
        })}
      </div>
      <p className="mt-1 text-sm text-stone-600 dark:text-stone-400" aria-live="polite">
        {value === undefined
          ? 'Choose a score. A rating alone is enough; the review text is optional.'
          : `You chose ${value}: ${BAND_LABEL[bandOf(value, 'user')].toLowerCase()}.`}
      </p>
    </fieldset>
  );
}
