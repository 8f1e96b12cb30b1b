/** Where the mock API keeps reader additions in localStorage (its own module so the app shell can watch it without loading zod). */
export const STORAGE_KEY = 'verdict:mock-db:v1';
