import { FormSkeleton } from '@/components/skeleton';

/** Same height as the form, so the page does not jump when it arrives. */
export function FamilyReviewFormPlaceholder() {
  return (
    <div role="status">
      <FormSkeleton
        label="the review form"
        heightClass="h-[44rem] sm:h-[41rem]"
        action="Adding a review as a parent or kid"
      />
    </div>
  );
}
