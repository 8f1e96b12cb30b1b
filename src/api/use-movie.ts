import { useQuery } from '@tanstack/react-query';
import { movieQueryOptions } from './movie';

export const useMovieQuery = (movieId: string) => useQuery(movieQueryOptions(movieId));
