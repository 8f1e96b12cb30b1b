import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useHydrated } from '@/lib/use-hydrated';
import { isApiError } from '@/api/errors';
import { FormSkeleton } from '@/components/skeleton';
import { reconcileReaderWithApi, useOwnReviewId, useReaderActions, useUserDraft } from '@/stores/reader-store';
import { useDeleteUserReview } from '../api/delete-user-review';
import { useOwnReview, useRefreshOwnReview } from '../api/get-user-reviews';
import { UserReviewCard } from './user-review-card';

// The form (and react-hook-form) is not needed to read the page: it loads after first paint; the reader's own
// review with its edit and delete only for a reader who has one.
const UserReviewForm = lazy(() => import('./user-review-form').then((m) => ({ default: m.UserReviewForm })));
const loadOwnReviewPanel = () => import('./own-review-panel');
const OwnReviewPanel = lazy(() => loadOwnReviewPanel().then((m) => ({ default: m.OwnReviewPanel })));

/**
 * The form's place while it loads, as tall as the form (measured in Chromium: 862 px at 360, 728 at 640, 700 from
 * 768), so the page does not jump when it arrives. `focus`: the reader asked for the form, so it holds focus until
 * the form itself takes it.
 */
function FormPlaceholder({ focus = false }: { focus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div ref={ref} role="status" tabIndex={focus ? -1 : undefined} className="focus:outline-none">
      <FormSkeleton
        label="the rating form"
        heightClass="h-[54rem] sm:h-[45.5rem] md:h-[43.75rem]"
        action="Rating this movie"
      />
    </div>
  );
}

/**
 * Where keyboard focus goes when one view here replaces another, so that it never falls to the page: the panel's
 * heading after a save, the edit form's heading after "Edit your review", "Edit your review" again after the edit
 * form's Cancel, the status message after a delete.
 */
type FocusTarget = 'panel-heading' | 'panel-edit' | 'form' | 'status' | null;

/** A write refused because another tab or window changed or deleted the review first (412; 404 without If-Match). */
const isStale = (e: unknown) => isApiError(e) && (e.status === 412 || e.status === 404);

/** What the reader is told when another tab or window wrote first; their words are in the form below by then. */
const REFUSED = {
  exists:
    'You already have a review of this movie (sent from another tab or window, or earlier), so this one was not added. Your words are kept in the form below: update your review with them.',
  changed:
    'This review changed in another tab or window since you opened it, so your changes were not saved. The page now shows it as it is; your words are kept in the form below: update your review to replace it with them.',
  deleted:
    'This review was deleted in another tab or window, so your changes were not saved. Your words are kept in the form below: submit them to rate the movie again.',
  notDeleted:
    'This review changed in another tab or window since this page showed it, so it was not deleted. Here it is as it is now: delete it again if you still want to.',
};

const alertClass =
  'rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100';

/** The reader's side: the rating form, or their own review with edit and delete. */
export function RateMovie({ movieId }: { movieId: string }) {
  const ownId = useOwnReviewId(movieId);
  const ownQuery = useOwnReview(movieId, ownId);
  const own = ownQuery.data;
  const { ownReviewDeleted, userDraftDiscarded } = useReaderActions();
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
  /** why a write was refused after another tab wrote first: kept while the form under it changes (editor, new) */
  const [refusal, setRefusal] = useState('');
  const remove = useDeleteUserReview(movieId);
  const refreshOwnReview = useRefreshOwnReview(movieId);
  const hydrated = useHydrated();
  // fetched once the page is interactive, so the panel is there when a first rating is saved, not a skeleton
  useEffect(() => {
    if (hydrated) void loadOwnReviewPanel();
  }, [hydrated]);
  // A draft left while editing (e.g. before a reload) reopens the editor.
  const editing = own !== undefined && (editRequested || draft !== undefined);

  const saved = (text: string) => {
    setMessage(text);
    setRefusal('');
    setEditRequested(false);
    setFocusTo('panel-heading');
  };
  // Another tab or window wrote first. The page shows the reader's review as it is now (or that there is none,
  // or the one that exists), and says so above the form, which may turn from editor to new or back meanwhile.
  const refused = async (refusal: { kind: 'exists' } | { kind: 'stale'; reviewId: string }) => {
    setMessage('');
    if (refusal.kind === 'exists') {
      reconcileReaderWithApi();
      setRefusal(REFUSED.exists);
      return;
    }
    const current = await refreshOwnReview(refusal.reviewId).catch(() => undefined);
    setRefusal(current === null ? REFUSED.deleted : REFUSED.changed);
  };
  const deleteRefused = async (reviewId: string) => {
    const current = await refreshOwnReview(reviewId).catch(() => undefined);
    if (current === null) setMessage('Your review was already deleted in another tab or window.');
    else setRefusal(REFUSED.notDeleted);
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
      {refusal && (
        <p role="alert" className={alertClass}>
          {refusal}
        </p>
      )}
      {remove.isError && !isStale(remove.error) && (
        <p role="alert" className={alertClass}>
          Your review was not deleted. {remove.error.message}
        </p>
      )}
      {own && !editing ? (
        <Suspense
          fallback={
            <div role="status">
              <FormSkeleton label="your review" heightClass="h-56" action="Editing your review" />
            </div>
          }
        >
          <OwnReviewPanel
            movieId={movieId}
            review={own}
            focusOnMount={focusTo === 'panel-heading' ? 'heading' : focusTo === 'panel-edit' ? 'edit' : undefined}
            deleting={remove.isPending}
            onEdit={() => {
              setMessage('');
              setRefusal('');
              setEditRequested(true);
              setFocusTo('form');
            }}
            onDelete={() => {
              setMessage('');
              setRefusal('');
              remove.mutate(own, {
                onSuccess: () => {
                  setMessage('Your review was deleted.');
                  setFocusTo('status');
                },
                onError: (e) => void (isStale(e) && deleteRefused(own.id)),
              });
            }}
          />
        </Suspense>
      ) : !hydrated || (ownId !== undefined && ownQuery.isPending) ? (
        <FormPlaceholder />
      ) : (
        <Suspense fallback={<FormPlaceholder focus={focusTo === 'form'} />}>
          {/* while editing, the review as it is saved now (the overview lists it nowhere else) */}
          {editing && (
            <div className="mb-3">
              <UserReviewCard movieId={movieId} review={own} own />
            </div>
          )}
          <UserReviewForm
            key={editing ? `edit-${own.id}` : 'create'}
            movieId={movieId}
            editing={editing ? own : undefined}
            focusOnMount={focusTo === 'form'}
            onSaved={saved}
            onRefused={(refusal) => void refused(refusal)}
            onCancel={
              editing
                ? () => {
                    userDraftDiscarded(movieId);
                    setRefusal('');
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
