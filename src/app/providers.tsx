import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { createQueryClient } from '@/api/query-client';
import { startCrossTabSync } from './cross-tab-sync';
import { Toaster, toast } from './toaster';

export function AppProviders({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient({ onError: (m) => toast(m) }));
  // A review added in another tab shows here without a reload.
  useEffect(() => startCrossTabSync(queryClient), [queryClient]);
  return (
    <QueryClientProvider client={queryClient}>
      {children}
      <Toaster />
    </QueryClientProvider>
  );
}
