import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useHydrated } from '@/lib/use-hydrated';
import { isApiError } from '@/api/errors';
import { Skeleton } from '@/components/skeleton';
import { useOwnReviewId, useReaderActions, useUserDraft } from '@/stores/reader-store';
import { useDeleteUserReview } from '../api/delete-user-review';
import { useOwnReview } from '../api/get-user-reviews';
import { OwnReviewPanel } from './own-review-panel';

// The form (and react-hook-form) is not needed to read the page: it loads after first paint.
const UserReviewForm = lazy(() => import('./user-review-form').then((m) => ({ default: m.UserReviewForm })));

/** `focus`: the reader asked for the form, so it holds focus until the form itself takes it. */
function FormPlaceholder({ focus = false }: { focus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div
      ref={ref}
      role="status"
      tabIndex={focus ? -1 : undefined}
      className="h-[42rem] focus:outline-none sm:h-[36rem]"
    >
      <span className="sr-only">Loading the rating form…</span>
      <Skeleton className="h-full w-full" />
    </div>
  );
}

/**
 * Where keyboard focus goes when one view here replaces another, so that it never falls to the page: the panel's
 * heading after a save, the edit form's heading after "Edit your review", "Edit your review" again after the edit
 * form's Cancel, the status message after a delete.
 */
type FocusTarget = 'panel-heading' | 'panel-edit' | 'form' | 'status' | null;

/** The reader's side: the rating form, or their own review with edit and delete. */
export function RateMovie({ movieId }: { movieId: string }) {
  const ownId = useOwnReviewId(movieId);
  const ownQuery = useOwnReview(movieId, ownId);
  const own = ownQuery.data;
  const { ownReviewDeleted, userDraftSubmitted } = useReaderActions();
  // The review this browser remembers is gone (deleted elsewhere, or the data was reset): forget it.
  const gone = isApiError(ownQuery.error) && ownQuery.error.status === 404;
  useEffect(() => {
    if (gone) ownReviewDeleted(movieId);
  }, [gone, movieId, ownReviewDeleted]);
  const draft = useUserDraft(movieId);
  const [editRequested, setEditRequested] = useState(false);
  const [message, setMessage] = useState('');
  const [focusTo, setFocusTo] = useState<FocusTarget>(null);
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focusTo === 'status') status.current?.focus();
  }, [focusTo]);
  const remove = useDeleteUserReview(movieId);
  const hydrated = useHydrated();
  // A draft left while editing (e.g. before a reload) reopens the editor.
  const editing = own !== undefined && (editRequested || draft !== undefined);

  const saved = (text: string) => {
    setMessage(text);
    setEditRequested(false);
    setFocusTo('panel-heading');
  };

  return (
    <div className="space-y-3">
      <p
        ref={status}
        role="status"
        tabIndex={-1}
        className="min-h-6 font-medium text-green-800 focus:outline-none dark:text-green-300"
      >
        {message}
      </p>
      {remove.isError && (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100"
        >
          Your review was not deleted. {remove.error.message}
        </p>
      )}
      {own && !editing ? (
        <OwnReviewPanel
          review={own}
          focusOnMount={focusTo === 'panel-heading' ? 'heading' : focusTo === 'panel-edit' ? 'edit' : undefined}
          deleting={remove.isPending}
          onEdit={() => {
            setMessage('');
            setEditRequested(true);
            setFocusTo('form');
          }}
          onDelete={() => {
            setMessage('');
            remove.mutate(own, {
              onSuccess: () => {
                setMessage('Your review was deleted.');
                setFocusTo('status');
              },
            });
          }}
        />
      ) : !hydrated || (ownId !== undefined && ownQuery.isPending) ? (
        <FormPlaceholder />
      ) : (
        <Suspense fallback={<FormPlaceholder focus={focusTo === 'form'} />}>
          <UserReviewForm
            key={editing ? `edit-${own.id}` : 'create'}
            movieId={movieId}
            editing={editing ? own : undefined}
            focusOnMount={focusTo === 'form'}
            onSaved={saved}
            onCancel={
              editing
                ? () => {
                    userDraftSubmitted(movieId);
                    setEditRequested(false);
                    setFocusTo('panel-edit');
                  }
                : undefined
            }
          />
        </Suspense>
      )}
    </div>
  );
}
