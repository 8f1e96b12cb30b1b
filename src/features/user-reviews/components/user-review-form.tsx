import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef, useState } from 'react';
import { Controller, useForm, useWatch, type Control, type Resolver } from 'react-hook-form';
import { isApiError } from '@/api/errors';
import { localIsoDate } from '@/domain/dates';
import { USER_REVIEW_LIMITS, userReviewInputSchema, type UserReviewParsed } from '@/domain/input-schemas';
import type { UserReview } from '@/domain/schemas';
import { formatCount } from '@/domain/scores';
import { countCharacters, normalizeText } from '@/domain/text';
import { sameWords } from '@/lib/drafts';
import { newIdempotencyKey } from '@/lib/idempotency';
import { useAutosavedDraft } from '@/lib/use-autosaved-draft';
import {
  emptyUserDraft,
  readerSnapshot,
  useReaderActions,
  useUserDraft,
  type UserReviewDraft,
} from '@/stores/reader-store';
import { useCreateUserReview } from '../api/create-user-review';
import { useUpdateUserReview } from '../api/update-user-review';
import { draftToValues, isFormField, reviewToDraft, valuesToDraft, type UserReviewFormValues } from '../form-draft';
import { RatingRadioGroup } from './rating-radio-group';

interface UserReviewFormProps {
  movieId: string;
  /** the reader's own review, when the form updates it */
  editing?: UserReview;
  onSaved: (message: string) => void;
  /**
   * The write was refused because another tab (or window) wrote first: a review of this reader already exists
   * (`exists`), or the one edited here (`reviewId`) was changed or deleted (`stale`). The words are in the draft.
   */
  onRefused: (refusal: { kind: 'exists' } | { kind: 'stale'; reviewId: string }) => void;
  onCancel?: () => void;
  /** the reader just asked for this form: its heading takes focus, so it does not fall to the page */
  focusOnMount?: boolean;
}

const [TEXT_MIN, TEXT_MAX] = USER_REVIEW_LIMITS.text;
const input =
  'mt-1 block w-full rounded-md border bg-white px-3 py-2 dark:bg-stone-900 aria-[invalid=true]:border-red-700 dark:aria-[invalid=true]:border-red-400';
const normal = 'border-stone-500';
const hint = 'mt-1 text-sm text-stone-600 dark:text-stone-400';
const errorText = 'mt-1 text-sm font-medium text-red-800 dark:text-red-300';

/** Said after a success when the reader typed on while the request was under way: those words are the draft now. */
const KEPT = (then: string) => ` What you typed while it was being saved is kept in the form below: ${then}.`;

/** Rate the movie 0–10, with an optional written review. Validated by the same zod schema as the API. */
export function UserReviewForm({
  movieId,
  editing,
  onSaved,
  onRefused,
  onCancel,
  focusOnMount = false,
}: UserReviewFormProps) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // on mount only: the form is keyed by what it edits, so a new request mounts a new form
  const focusFirst = useRef(focusOnMount);
  useEffect(() => {
    if (focusFirst.current) heading.current?.focus();
  }, []);
  const actions = useReaderActions();
  const saved = useUserDraft(movieId);
  const create = useCreateUserReview(movieId);
  const update = useUpdateUserReview(movieId);
  const submitting = useRef(false);
  const [defaults] = useState<UserReviewFormValues>(() => {
    const { userDrafts, nickname } = readerSnapshot();
    const draft = userDrafts[movieId];
    return draftToValues(draft ?? (editing ? reviewToDraft(editing) : emptyUserDraft(nickname)));
  });
  const form = useForm<UserReviewFormValues, unknown, UserReviewParsed>({
    // the form holds the schema's input with the rating possibly unset; the schema itself refuses that
    resolver: zodResolver(userReviewInputSchema) as Resolver<UserReviewFormValues, unknown, UserReviewParsed>,
    defaultValues: defaults,
    // Errors appear on submit, then follow each keystroke: a message appearing on blur would move the
    // submit button away from a pointer that is about to click it.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = form;

  // Autosave: every change is kept in the persisted draft, so a reload or a failure loses nothing; what another
  // tab saves shows here before this form writes again.
  useAutosavedDraft({
    form,
    saved,
    read: () => readerSnapshot().userDrafts[movieId],
    write: (change) => actions.userDraftChanged(movieId, change),
    blank: () => (editing ? reviewToDraft(editing) : emptyUserDraft(readerSnapshot().nickname)),
    toDraft: valuesToDraft,
    toValues: draftToValues,
  });

  /** True when another tab (or window) wrote first: the words stay in the draft, and the page says what happened. */
  const refused = (e: unknown): boolean => {
    if (!isApiError(e) || !(editing ? e.status === 412 || e.status === 404 : e.status === 409)) return false;
    actions.userDraftChanged(movieId, valuesToDraft(form.getValues()));
    onRefused(editing ? { kind: 'stale', reviewId: editing.id } : { kind: 'exists' });
    return true;
  };

  /**
   * `sent`: the words in the fields when the reader submitted. The fields stay editable while it is saved; words
   * typed meanwhile are not sent, and stay as the draft (the store clears it only if it still holds `sent`).
   */
  const submit = async (parsed: UserReviewParsed, sent: UserReviewDraft) => {
    if (submitting.current) return;
    submitting.current = true;
    const keptAfter = () => readerSnapshot().userDrafts[movieId] !== undefined;
    try {
      if (editing) {
        await update.mutateAsync({ review: editing, input: parsed, sent });
        onSaved(
          `Your review was updated: ${parsed.score} out of 10.${keptAfter() ? KEPT('update your review again to add it') : ''}`,
        );
      } else {
        // A key is reused only for the words it was made for (a retry, a double click, a reload): other words,
        // such as another tab's sent at the same time, get their own, so they are never answered with its review.
        const draft = readerSnapshot().userDrafts[movieId];
        const idempotencyKey =
          draft?.idempotencyKey && sameWords(draft, sent) ? draft.idempotencyKey : newIdempotencyKey();
        actions.userDraftChanged(movieId, { ...sent, idempotencyKey });
        // dated with the reader's own calendar day, not UTC's (at 21:30 in Los Angeles it is still today)
        await create.mutateAsync({ input: { ...parsed, date: localIsoDate() }, idempotencyKey, sent });
        onSaved(
          `Thank you. Your rating of ${parsed.score} out of 10 was added.${keptAfter() ? KEPT('update your review to add it') : ''}`,
        );
      }
    } catch (e) {
      if (refused(e)) return;
      const fields = isApiError(e) && e.status === 422 ? Object.entries(e.fields) : [];
      const rest: string[] = [];
      for (const [field, messages] of fields) {
        if (isFormField(field)) setError(field, { type: 'server', message: messages.join(' ') });
        else rest.push(...messages);
      }
      const message = isApiError(e) ? e.message : 'Something went wrong. Try again.';
      setError('root.server', {
        message: `${editing ? 'Your review was not updated' : 'Your rating was not saved'}. ${[message, ...rest].join(' ')} Your draft is kept.`,
      });
    } finally {
      submitting.current = false;
    }
  };

  const described = (field: 'author' | 'title' | 'text', withHint = true) =>
    [withHint ? `${id}-${field}-hint` : null, errors[field] ? `${id}-${field}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined;
  const busy = isSubmitting || create.isPending || update.isPending;

  return (
    <form
      noValidate
      onSubmit={(e) => {
        if (busy) {
          e.preventDefault();
          return;
        }
        const sent = valuesToDraft(form.getValues());
        void handleSubmit((parsed) => submit(parsed, sent))(e);
      }}
      aria-label={editing ? 'Edit your review' : 'Rate this movie'}
      className="space-y-5 rounded-lg border border-stone-300 bg-white p-4 dark:border-stone-700 dark:bg-stone-900"
    >
      {editing && (
        <h4 ref={heading} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
          Edit your review
        </h4>
      )}

      <div>
        <Controller
          control={control}
          name="score"
          render={({ field, fieldState }) => (
            <RatingRadioGroup
              name={`${id}-score`}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              inputRef={field.ref}
              invalid={fieldState.invalid}
              errorId={fieldState.error ? `${id}-score-error` : undefined}
            />
          )}
        />
        {errors.score && (
          <p id={`${id}-score-error`} className={errorText}>
            {errors.score.message}
          </p>
        )}
      </div>

      <div>
        <label htmlFor={`${id}-author`} className="font-semibold">
          Nickname
        </label>
        <input
          id={`${id}-author`}
          type="text"
          autoComplete="nickname"
          aria-invalid={errors.author ? true : undefined}
          aria-describedby={described('author')}
          className={`${input} ${normal}`}
          {...register('author')}
        />
        <p id={`${id}-author-hint`} className={hint}>
          {USER_REVIEW_LIMITS.nickname[0]}–{USER_REVIEW_LIMITS.nickname[1]} characters, shown with your review and
          remembered for next time.
        </p>
        {errors.author && (
          <p id={`${id}-author-error`} className={errorText}>
            {errors.author.message}
          </p>
        )}
      </div>

      <div>
        <label htmlFor={`${id}-title`} className="font-semibold">
          Title <span className="font-normal text-stone-600 dark:text-stone-400">(optional)</span>
        </label>
        <input
          id={`${id}-title`}
          type="text"
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={described('title')}
          className={`${input} ${normal}`}
          {...register('title')}
        />
        <p id={`${id}-title-hint`} className={hint}>
          Up to {USER_REVIEW_LIMITS.title} characters.
        </p>
        {errors.title && (
          <p id={`${id}-title-error`} className={errorText}>
            {errors.title.message}
          </p>
        )}
      </div>

      <div>
        <label htmlFor={`${id}-text`} className="font-semibold">
          Your review <span className="font-normal text-stone-600 dark:text-stone-400">(optional)</span>
        </label>
        <textarea
          id={`${id}-text`}
          rows={6}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={described('text')}
          className={`${input} ${normal}`}
          {...register('text')}
        />
        <TextCounter control={control} hintId={`${id}-text-hint`} />
        {errors.text && (
          <p id={`${id}-text-error`} className={errorText}>
            {errors.text.message}
          </p>
        )}
      </div>

      <div className="flex items-center gap-2">
        <input
          id={`${id}-spoiler`}
          type="checkbox"
          className="h-5 w-5 rounded border-stone-400"
          {...register('spoiler')}
        />
        <label htmlFor={`${id}-spoiler`}>Contains spoilers (readers see it only if they ask)</label>
      </div>

      {errors.root?.server && (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100"
        >
          {errors.root.server.message}
        </p>
      )}

      <div className="flex flex-wrap gap-3">
        {/* aria-disabled, not disabled: a disabled button loses focus, which would fall to the page while saving */}
        <button
          type="submit"
          aria-disabled={busy}
          className="rounded-md bg-stone-900 px-4 py-2 font-semibold text-white hover:bg-stone-700 aria-disabled:opacity-60 dark:bg-stone-100 dark:text-stone-950 dark:hover:bg-stone-300"
        >
          {busy ? 'Saving…' : editing ? 'Update your review' : 'Submit rating'}
        </button>
        {onCancel && (
          <button
            type="button"
            onClick={onCancel}
            className="rounded-md border border-stone-300 px-4 py-2 font-medium hover:bg-stone-200 dark:border-stone-700 dark:hover:bg-stone-800"
          >
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

/** "123 / 5,000 characters": counts what the schema counts (characters as seen, without surrounding spaces). */
function TextCounter({ control, hintId }: { control: Control<UserReviewFormValues>; hintId: string }) {
  const text = useWatch({ control, name: 'text' }) ?? '';
  const n = countCharacters(normalizeText(text).trim());
  const state = n === 0 ? 'empty' : n < TEXT_MIN ? 'short' : n > TEXT_MAX ? 'long' : 'ok';
  return (
    <div id={hintId} className={`${hint} flex flex-wrap justify-between gap-2`}>
      <span>
        Leave it empty for a rating alone, or write {formatCount(TEXT_MIN)} to {formatCount(TEXT_MAX)} characters.
      </span>
      <span
        className={`tabular-nums ${state === 'short' || state === 'long' ? 'font-semibold text-red-800 dark:text-red-300' : ''}`}
      >
        {formatCount(n)} / {formatCount(TEXT_MAX)} characters
        {state === 'short' && ` (${formatCount(TEXT_MIN - n)} more needed)`}
        {state === 'long' && ` (${formatCount(n - TEXT_MAX)} too many)`}
      </span>
      <span className="sr-only" aria-live="polite">
        {state === 'long' ? 'Your review is over the limit.' : state === 'ok' ? 'Your review is long enough.' : ''}
      </span>
    </div>
  );
}
