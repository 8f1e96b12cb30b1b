import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { Controller, useForm, useWatch, type FieldPath } from 'react-hook-form';
import { isApiError } from '@/api/errors';
import { MAX_AGE, MIN_AGE } from '@/domain/family';
import { familyReviewInputSchema, type FamilyReviewInput, type FamilyReviewParsed } from '@/domain/input-schemas';
import { formatCount } from '@/domain/scores';
import { countCharacters, normalizeText } from '@/domain/text';
import { sameWords } from '@/lib/drafts';
import { newIdempotencyKey } from '@/lib/idempotency';
import { useAutosavedDraft } from '@/lib/use-autosaved-draft';
import {
  emptyFamilyDraft,
  readerSnapshot,
  useFamilyDraft,
  useReaderActions,
  type FamilyReviewDraft,
} from '@/stores/reader-store';
import { useCreateFamilyReview } from '../api/create-family-review';
import { FieldError } from './field-error';
import { StarRatingInput } from './star-rating-input';

const TEXT_MIN = 20;
const TEXT_MAX = 2000;
const AGES = Array.from({ length: MAX_AGE - MIN_AGE + 1 }, (_, i) => i + MIN_AGE);
const FIELDS = ['role', 'author', 'age', 'stars', 'text'] as const;

type Values = FamilyReviewInput;

const emptyValues = (): Partial<Values> => ({
  role: undefined,
  author: '',
  age: undefined,
  stars: undefined,
  text: '',
});

const fromDraft = (d: FamilyReviewDraft | undefined): Partial<Values> =>
  d
    ? {
        role: d.role ?? undefined,
        author: d.author,
        age: d.age ?? undefined,
        stars: d.stars ?? undefined,
        text: d.text,
      }
    : emptyValues();

const toDraft = (v: Partial<Values>): FamilyReviewDraft => ({
  role: v.role === 'parent' || v.role === 'kid' ? v.role : null,
  author: v.author ?? '',
  age: typeof v.age === 'number' && Number.isFinite(v.age) ? v.age : null,
  stars: typeof v.stars === 'number' ? v.stars : null,
  text: v.text ?? '',
});

const inputClass =
  'mt-1 block w-full rounded-md border border-stone-500 bg-white px-3 py-2 text-base aria-invalid:border-red-700 dark:bg-stone-950 dark:aria-invalid:border-red-400';

/** Add a parent or kid review: validated with the API's own schema, autosaved as a draft, optimistic. */
export function FamilyReviewForm({ movieId }: { movieId: string }) {
  const id = useId();
  const draft = useFamilyDraft(movieId);
  const { familyDraftChanged } = useReaderActions();
  const create = useCreateFamilyReview(movieId);
  const [status, setStatus] = useState('');
  const [formError, setFormError] = useState<string | null>(null);

  const form = useForm<Values, unknown, FamilyReviewParsed>({
    resolver: zodResolver(familyReviewInputSchema),
    defaultValues: fromDraft(draft),
  });
  const {
    register,
    control,
    handleSubmit,
    setError,
    getValues,
    formState: { errors },
  } = form;

  // Autosaved as the draft; what another tab saves shows here first; once the draft is sent, the form empties.
  useAutosavedDraft({
    form,
    saved: draft,
    read: () => readerSnapshot().familyDrafts[movieId],
    write: (change) => familyDraftChanged(movieId, change),
    blank: emptyFamilyDraft,
    toDraft,
    toValues: fromDraft,
  });

  const text = useWatch({ control, name: 'text' }) ?? '';
  const textLength = countCharacters(normalizeText(text).trim());

  /**
   * `sent`: the words in the fields when the reader submitted. The fields stay editable while it is sent; words
   * typed meanwhile are not sent, and stay as the draft (the store clears it only if it still holds `sent`).
   */
  const onSubmit = (values: FamilyReviewParsed, sent: FamilyReviewDraft) => {
    setFormError(null);
    setStatus(`Adding your ${values.role} review…`);
    // One key per draft's words, kept in the persisted draft: a retry of them, in this tab or after a reload, is
    // stored once; changed words get a new key.
    const saved = readerSnapshot().familyDrafts[movieId];
    const idempotencyKey = saved?.idempotencyKey && sameWords(saved, sent) ? saved.idempotencyKey : newIdempotencyKey();
    familyDraftChanged(movieId, { ...sent, idempotencyKey });
    create.mutate(
      { input: values, idempotencyKey, sent },
      {
        // the draft is gone by now (and the form empty), unless the reader typed on while it was being sent
        onSuccess: ({ review }) => {
          const kept = readerSnapshot().familyDrafts[movieId] !== undefined;
          setStatus(
            `Thank you: your ${review.role} review (age ${review.age}+) was added.${kept ? ' What you typed while it was being sent is kept in the form, not sent yet.' : ''}`,
          );
        },
        onError: (error) => {
          setStatus('');
          const fields = isApiError(error) && error.status === 422 ? error.fields : {};
          const known = Object.entries(fields).filter(([k]) => (FIELDS as readonly string[]).includes(k));
          known.forEach(([field, messages], i) =>
            setError(
              field as FieldPath<Values>,
              { type: 'server', message: messages.join(' ') },
              { shouldFocus: i === 0 },
            ),
          );
          if (known.length === 0 || known.length < Object.keys(fields).length) {
            setFormError(
              `Your review was not added: ${isApiError(error) ? error.message : 'something went wrong.'} Your draft is kept; try again.`,
            );
          }
        },
      },
    );
  };

  const err = (name: (typeof FIELDS)[number]) => errors[name]?.message;
  const describedBy = (name: (typeof FIELDS)[number], ...extra: string[]) =>
    [err(name) ? `${id}-${name}-error` : '', ...extra].filter(Boolean).join(' ') || undefined;

  return (
    <form
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        if (create.isPending) {
          e.preventDefault();
          return;
        }
        const sent = toDraft(getValues());
        void handleSubmit((values) => onSubmit(values, sent))(e);
      }}
      className="space-y-5 rounded-xl border border-stone-300 bg-white p-4 dark:border-stone-700 dark:bg-stone-900"
    >
      <div>
        <h3 id={`${id}-title`} className="text-lg font-semibold">
          Add a parent or kid review
        </h3>
        <p className="text-sm text-stone-600 dark:text-stone-400">
          Say what age you think it suits. All fields but your name are needed.
        </p>
      </div>

      <div>
        <fieldset
          role="radiogroup"
          aria-invalid={!!err('role')}
          aria-describedby={describedBy('role')}
          aria-required="true"
        >
          <legend className="font-semibold">I am a</legend>
          <div className="mt-1 flex flex-wrap gap-3">
            {(['parent', 'kid'] as const).map((role) => (
              <label
                key={role}
                className="flex cursor-pointer items-center gap-2 rounded-md border border-stone-400 px-3 py-2 has-checked:border-sky-700 has-checked:bg-sky-50 dark:border-stone-600 dark:has-checked:border-sky-300 dark:has-checked:bg-sky-950"
              >
                <input type="radio" value={role} {...register('role')} className="h-4 w-4 accent-sky-700" />
                {role === 'parent' ? 'Parent' : 'Kid'}
              </label>
            ))}
          </div>
        </fieldset>
        <FieldError id={`${id}-role-error`} message={err('role')} />
      </div>

      <div>
        <label htmlFor={`${id}-age`} className="font-semibold">
          Youngest age it suits
        </label>
        <select
          id={`${id}-age`}
          aria-invalid={!!err('age')}
          aria-describedby={describedBy('age')}
          aria-required="true"
          className={`${inputClass} sm:w-48`}
          {...register('age', { valueAsNumber: true })}
        >
          <option value="">Choose an age</option>
          {AGES.map((a) => (
            <option key={a} value={a}>
              Age {a}+
            </option>
          ))}
        </select>
        <FieldError id={`${id}-age-error`} message={err('age')} />
      </div>

      <div>
        <Controller
          control={control}
          name="stars"
          render={({ field }) => (
            <StarRatingInput
              legend="Your rating"
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              invalid={!!err('stars')}
              describedBy={describedBy('stars')}
            />
          )}
        />
        <FieldError id={`${id}-stars-error`} message={err('stars')} />
      </div>

      <div>
        <label htmlFor={`${id}-text`} className="font-semibold">
          Your review
        </label>
        <textarea
          id={`${id}-text`}
          rows={5}
          aria-invalid={!!err('text')}
          aria-describedby={describedBy('text', `${id}-text-count`)}
          aria-required="true"
          className={inputClass}
          {...register('text')}
        />
        <p
          id={`${id}-text-count`}
          className={`mt-1 text-sm tabular-nums ${
            textLength > TEXT_MAX
              ? 'font-semibold text-red-800 dark:text-red-300'
              : 'text-stone-600 dark:text-stone-400'
          }`}
        >
          {formatCount(textLength)} of {formatCount(TEXT_MAX)} characters
          {textLength < TEXT_MIN ? ` (at least ${TEXT_MIN})` : ''}
        </p>
        <FieldError id={`${id}-text-error`} message={err('text')} />
      </div>

      <div>
        <label htmlFor={`${id}-author`} className="font-semibold">
          Your name <span className="font-normal text-stone-600 dark:text-stone-400">(optional)</span>
        </label>
        <input
          id={`${id}-author`}
          type="text"
          autoComplete="nickname"
          aria-invalid={!!err('author')}
          aria-describedby={describedBy('author')}
          className={`${inputClass} sm:w-72`}
          {...register('author')}
        />
        <FieldError id={`${id}-author-error`} message={err('author')} />
      </div>

      {formError && (
        <p
          role="alert"
          className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100"
        >
          {formError}
        </p>
      )}

      <div className="flex flex-wrap items-center gap-3">
        {/* aria-disabled, not disabled: a disabled button loses focus, which would fall to the page while adding */}
        <button
          type="submit"
          aria-disabled={create.isPending}
          className="rounded-md bg-sky-800 px-4 py-2 font-semibold text-white hover:bg-sky-900 aria-disabled:opacity-60 dark:bg-sky-300 dark:text-stone-950 dark:hover:bg-sky-200"
        >
          {create.isPending ? 'Adding…' : 'Add review'}
        </button>
        <p role="status" aria-live="polite" className="text-sm">
          {status}
        </p>
      </div>
    </form>
  );
}
