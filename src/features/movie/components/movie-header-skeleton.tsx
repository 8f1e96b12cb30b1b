import { Skeleton } from '@/components/skeleton';

export function MovieHeaderSkeleton() {
  return (
    <div role="status" className="space-y-3">
      <span className="sr-only">Loading the movie…</span>
      <Skeleton className="h-4 w-16" />
      <Skeleton className="h-10 w-3/4 sm:h-14" />
      <Skeleton className="h-5 w-1/2" />
    </div>
  );
}
