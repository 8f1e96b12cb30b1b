/**
 * The zod contract, loaded on first use. zod is ~25 KB gzip; a prerendered page needs none of it to
 * paint or hydrate, so it stays out of the first-paint JavaScript and arrives with the first request.
 */
export type Contract = typeof import('@/domain/schemas');

let loading: Promise<Contract> | null = null;

export const loadContract = (): Promise<Contract> => (loading ??= import('@/domain/schemas'));
