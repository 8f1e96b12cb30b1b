import { Skeleton } from '@/components/skeleton';

/** Same height as the form, so the page does not jump when it arrives. */
export function FamilyReviewFormPlaceholder() {
  return (
    <div role="status" className="h-[44rem] sm:h-[41rem]">
      <span className="sr-only">Loading the review form…</span>
      <Skeleton className="h-full w-full" />
    </div>
  );
}
