import { FormSkeleton } from '@/components/skeleton';

/** Same height as the form (measured in Chromium: 749 px at 360, 705 from 640), so the page does not jump when it arrives. */
export function FamilyReviewFormPlaceholder() {
  return (
    <div role="status">
      <FormSkeleton
        label="the review form"
        heightClass="h-[46.75rem] sm:h-[44rem]"
        action="Adding a review as a parent or kid"
      />
    </div>
  );
}
