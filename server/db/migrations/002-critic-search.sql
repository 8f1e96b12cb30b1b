-- A critic search is a substring match of every word in `search` (LIKE '%word%'): a trigram index answers it without
-- reading every critic review of the movie (10,000 for the synthetic movie). pg_trgm is a trusted extension
-- (PostgreSQL 13+: a database owner may create it); PGlite loads it from its contrib build.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS critic_reviews_search_trgm ON critic_reviews USING gin (search gin_trgm_ops);
