import { DEFAULT_MOVIE_PATH } from './routes';

export function NotFound({ what = 'There is no page at this address.' }: { what?: string }) {
  return (
    <div className="space-y-4 py-12">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p>{what}</p>
      <p>
        <a href={DEFAULT_MOVIE_PATH} className="font-semibold text-blue-700 underline dark:text-blue-300">
          Go to Won’t Back Down (2012)
        </a>
      </p>
    </div>
  );
}
