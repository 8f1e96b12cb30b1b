/** One function between the client and whatever answers HTTP: the in-process mock API or a real server. */
export type Transport = (request: Request) => Promise<Response> | Response;

export const networkTransport: Transport = (request) => fetch(request);

/** The in-process mock API, loaded on first use so it stays out of the first paint's JavaScript. */
export const inProcessTransport: Transport = async (request) => {
  const { browserApi } = await import('@/mock-api/browser');
  return (await browserApi()).fetch(request);
};

const apiUrl = (import.meta.env.VITE_API_URL as string | undefined)?.replace(/\/$/, '') ?? '';

/** An API on another origin (VITE_API_URL) gets the reader cookie it issued, as the server's own pages send it. */
export const requestCredentials: RequestCredentials = apiUrl ? 'include' : 'same-origin';

export const defaultBaseUrl = (): string =>
  apiUrl || (typeof location !== 'undefined' && location.origin !== 'null' ? location.origin : 'http://localhost');

/** A page the server rendered (its state inline) talks to that server's API, on the same origin. */
const servedByServer = () => typeof document !== 'undefined' && document.getElementById('verdict-state') !== null;

/** Whether a real server answers (VITE_API_URL, or the server that rendered this page), not the in-process API. */
export const usesServerApi = (): boolean => apiUrl !== '' || servedByServer();

export const defaultTransport: Transport = (request) =>
  usesServerApi() ? networkTransport(request) : inProcessTransport(request);
