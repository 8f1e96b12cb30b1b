import type { Movie } from '@/domain/schemas';

export function MovieSynopsis({ movie }: { movie: Movie }) {
  return <p className="max-w-3xl text-lg text-stone-700 dark:text-stone-300">{movie.synopsis}</p>;
}
