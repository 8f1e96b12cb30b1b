-- Critic searches are answered from the server's memory (SqlReviewStore's critic snapshot: readers never write
-- critic reviews, so a process reads a movie's critics once): counting a search that matches most critics was a
-- LIKE per word on every row, 40 ms for the synthetic movie's 10,000 in PGlite. The search column and its trigram
-- index (002) are no longer read; dropping the column drops the index.
ALTER TABLE critic_reviews DROP COLUMN IF EXISTS search;
