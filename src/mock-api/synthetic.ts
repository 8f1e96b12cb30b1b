import type { CriticReview, UserReview } from '@/domain/schemas';
import { formatCount } from '@/domain/scores';
import type { Seed, SeedMovie } from './seed';

/**
 * A deterministic synthetic movie for benchmarks: clearly labelled, never real data, and only bundled in
 * a benchmark build (`VITE_BENCH=true`), never in production.
 */
export const SYNTHETIC_MOVIE_ID = 'synthetic-benchmark';

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'film story cast scene school parent teacher union drama score pacing script direction heart message performance camera ending moment class hope change'.split(
    ' ',
  );
const PUBLICATIONS = ['Daily Bench', 'The Synthetic Times', 'Generated Gazette', 'Mock Monthly', 'Test Tribune', null];

/** The seed with the synthetic movie added (benchmark builds, in the browser and in the prerender). */
export function withSyntheticMovie(seed: Seed): Seed {
  return { ...seed, movies: [...seed.movies, syntheticMovie()] };
}

/**
 * How many reviews the synthetic movie has: the browser's benchmark build bundles 50,000 users; the server's
 * benchmark loads a million into its database (server/cli/seed-synthetic.ts), never shipped to readers.
 */
export const SYNTHETIC_SIZES = { critics: 10_000, users: 50_000 };

function syntheticMovie(): SeedMovie {
  const parts = syntheticParts(SYNTHETIC_SIZES);
  const users = [...parts.users()];
  const userMean = users.reduce((sum, u) => sum + u.score!, 0) / users.length;
  return { ...parts.movie(userMean), critics: parts.critics, users };
}

/**
 * The synthetic movie in parts: its critics, its user reviews generated one at a time (a million fit in no
 * array), and its movie record once the users' mean is known. The same reviews every time for the same sizes.
 */
export function syntheticParts(sizes: { critics: number; users: number }) {
  const { critics: nCritics, users: nUsers } = sizes;
  const rand = mulberry32(20121012);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  // Texts and dates are drawn from pools made once, so a review costs a few random numbers, not a string built
  // word by word: the benchmark then measures the page, not this generator (60,000 reviews in tens of ms).
  const sentence = (n: number) => Array.from({ length: n }, () => WORDS[int(0, WORDS.length - 1)]).join(' ');
  const SENTENCES = Array.from({ length: 2_000 }, () => `${sentence(int(12, 80))}.`);
  const DAYS = Array.from({ length: 3651 }, (_, i) =>
    new Date(Date.UTC(2012, 8, 1) + i * 86_400_000).toISOString().slice(0, 10),
  );
  const pick = <T>(pool: readonly T[]) => pool[int(0, pool.length - 1)]!;

  const critics: CriticReview[] = Array.from({ length: nCritics }, (_, i) => ({
    id: `sc-${i}`,
    critic: `Synthetic Critic ${i}`,
    publication: PUBLICATIONS[i % PUBLICATIONS.length]!,
    date: pick(DAYS),
    score: int(0, 100),
    headline: null,
    excerpt: `Synthetic review ${i}: ${pick(SENTENCES)}`,
    url: null,
    featured: false,
    sources: ['seed-003'],
  }));
  function* users(): Generator<UserReview> {
    for (let i = 0; i < nUsers; i++) yield user(i);
  }
  const user = (i: number): UserReview => ({
    id: `su-${i}`,
    movieId: SYNTHETIC_MOVIE_ID,
    author: `synthetic_user_${i}`,
    date: pick(DAYS),
    score: int(0, 10),
    title: rand() < 0.5 ? `Synthetic title ${i}` : null,
    text: rand() < 0.2 ? '' : pick(SENTENCES),
    isExcerpt: false,
    spoiler: rand() < 0.05,
    helpful: { up: int(0, 40), down: int(0, 10) },
    source: 'seed-003',
    updatedAt: null,
    version: 1,
  });
  const movie = (userMean: number): Omit<SeedMovie, 'critics' | 'users'> => ({
    movie: {
      id: SYNTHETIC_MOVIE_ID,
      title: 'Synthetic benchmark movie (generated data, not a real film)',
      year: 2026,
      mpaa: { rating: 'NR', reason: 'synthetic data for benchmarks' },
      synopsis: `Generated deterministically: ${formatCount(nCritics)} critic reviews and ${formatCount(nUsers)} user reviews.`,
      availability: [],
    },
    published: {
      critics: { score: 50, count: nCritics, source: 'Synthetic (generated)' },
      users: {
        score: Math.round(userMean * 10) / 10,
        count: nUsers,
        source: 'Synthetic (generated)',
        distribution: { positive: 0, negative: 0, of: 0 },
      },
    },
    parentGuide: {
      movieId: SYNTHETIC_MOVIE_ID,
      age: 10,
      verdict: 'Synthetic: OK for kids 10+',
      summary: 'Synthetic guidance for benchmarks.',
      parentsNeedToKnow: 'Generated text.',
      talkAbout: ['Generated talking point.'],
      content: [
        { key: 'messages', label: 'Positive messages', group: 'good', rating: 3, explanation: 'Generated.' },
        { key: 'roleModels', label: 'Positive role models', group: 'good', rating: 3, explanation: 'Generated.' },
        { key: 'violence', label: 'Violence', group: 'watch', rating: 1, explanation: 'Generated.' },
        { key: 'sex', label: 'Sex', group: 'watch', rating: 1, explanation: 'Generated.' },
        { key: 'language', label: 'Language', group: 'watch', rating: 1, explanation: 'Generated.' },
        { key: 'consumerism', label: 'Consumerism', group: 'watch', rating: 1, explanation: 'Generated.' },
        {
          key: 'drinkingDrugsSmoking',
          label: 'Drinking, drugs and smoking',
          group: 'watch',
          rating: 1,
          explanation: 'Generated.',
        },
      ],
      source: 'Synthetic (generated)',
    },
    family: [],
  });
  return { critics, users, movie };
}
