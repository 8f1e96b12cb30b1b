-- Reviews, their sort keys and the counters every figure is read from.
-- Documents are JSON text (not jsonb): PostgreSQL text cannot hold NUL, JSON text escapes it.
-- k_* columns hold the sort keys of src/domain/review-order.ts (see server/store/keys.ts).

CREATE TABLE movies (
  id text PRIMARY KEY,
  position int NOT NULL,
  movie text NOT NULL,
  published text NOT NULL,
  parent_guide text NOT NULL,
  synthetic boolean NOT NULL DEFAULT false,
  loaded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE critic_reviews (
  movie_id text NOT NULL REFERENCES movies (id) ON DELETE CASCADE,
  id text NOT NULL,
  -- the order the source lists them in (the featured review is the first featured one)
  seq int NOT NULL,
  doc text NOT NULL,
  featured boolean NOT NULL,
  -- in the lists: scored and not featured
  listed boolean NOT NULL,
  score int,
  search text NOT NULL,
  k_score_desc int NOT NULL,
  k_score_asc int NOT NULL,
  k_newest int NOT NULL,
  k_oldest int NOT NULL,
  k_publication text COLLATE "C" NOT NULL,
  k_critic text COLLATE "C" NOT NULL,
  k_id text COLLATE "C" NOT NULL,
  PRIMARY KEY (movie_id, id)
);
CREATE INDEX critic_score_desc ON critic_reviews (movie_id, k_score_desc, k_critic, k_id) WHERE listed;
CREATE INDEX critic_score_asc ON critic_reviews (movie_id, k_score_asc, k_critic, k_id) WHERE listed;
CREATE INDEX critic_newest ON critic_reviews (movie_id, k_newest, k_critic, k_id) WHERE listed;
CREATE INDEX critic_oldest ON critic_reviews (movie_id, k_oldest, k_critic, k_id) WHERE listed;
CREATE INDEX critic_publication ON critic_reviews (movie_id, k_publication, k_critic, k_id) WHERE listed;

-- per movie and score (-1: unscored): every critic review, and those in the lists
CREATE TABLE critic_counts (
  movie_id text NOT NULL REFERENCES movies (id) ON DELETE CASCADE,
  score int NOT NULL,
  n int NOT NULL DEFAULT 0,
  listed int NOT NULL DEFAULT 0,
  PRIMARY KEY (movie_id, score)
);

CREATE TABLE user_reviews (
  movie_id text NOT NULL REFERENCES movies (id) ON DELETE CASCADE,
  id text NOT NULL,
  -- the reader who wrote it; null for published reviews
  owner text,
  source text NOT NULL,
  -- the review without helpful counts and version
  doc text NOT NULL,
  score int,
  version int NOT NULL DEFAULT 1,
  -- helpful votes: what the source published, and with readers' votes counted in
  base_up int NOT NULL DEFAULT 0,
  base_down int NOT NULL DEFAULT 0,
  up int NOT NULL DEFAULT 0,
  down int NOT NULL DEFAULT 0,
  k_date text COLLATE "C" NOT NULL,
  k_high int NOT NULL,
  k_low int NOT NULL,
  k_wilson double precision NOT NULL,
  k_up int NOT NULL,
  k_id text COLLATE "C" NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (movie_id, id)
);
-- one review per reader per movie
CREATE UNIQUE INDEX user_reviews_one_per_reader ON user_reviews (movie_id, owner) WHERE owner IS NOT NULL;
CREATE INDEX user_newest ON user_reviews (movie_id, k_date, k_id);
CREATE INDEX user_newest_by_score ON user_reviews (movie_id, score, k_date, k_id);
CREATE INDEX user_highest ON user_reviews (movie_id, k_high, k_date, k_id);
CREATE INDEX user_lowest ON user_reviews (movie_id, k_low, k_date, k_id);
CREATE INDEX user_helpful ON user_reviews (movie_id, k_wilson, k_up, k_id);
CREATE INDEX user_helpful_by_score ON user_reviews (movie_id, score, k_wilson, k_up, k_id);

-- per movie and score (-1: unscored): every user review, and those readers added (folded into the score)
CREATE TABLE user_counts (
  movie_id text NOT NULL REFERENCES movies (id) ON DELETE CASCADE,
  score int NOT NULL,
  n int NOT NULL DEFAULT 0,
  added int NOT NULL DEFAULT 0,
  PRIMARY KEY (movie_id, score)
);

CREATE TABLE user_votes (
  movie_id text NOT NULL,
  review_id text NOT NULL,
  reader text NOT NULL,
  vote text NOT NULL CHECK (vote IN ('up', 'down')),
  PRIMARY KEY (movie_id, review_id, reader),
  FOREIGN KEY (movie_id, review_id) REFERENCES user_reviews (movie_id, id) ON DELETE CASCADE
);

CREATE TABLE family_reviews (
  movie_id text NOT NULL REFERENCES movies (id) ON DELETE CASCADE,
  id text NOT NULL,
  role text NOT NULL,
  age int NOT NULL,
  added boolean NOT NULL,
  doc text NOT NULL,
  k_created text COLLATE "C" NOT NULL,
  k_id text COLLATE "C" NOT NULL,
  PRIMARY KEY (movie_id, id)
);
CREATE INDEX family_newest ON family_reviews (movie_id, k_created, k_id);
CREATE INDEX family_role_newest ON family_reviews (movie_id, role, k_created, k_id);

-- per movie, role and age (2–18)
CREATE TABLE family_counts (
  movie_id text NOT NULL REFERENCES movies (id) ON DELETE CASCADE,
  role text NOT NULL,
  age int NOT NULL,
  n int NOT NULL DEFAULT 0,
  PRIMARY KEY (movie_id, role, age)
);

-- a write's idempotency key and the review it created, kept 24 h
CREATE TABLE idempotency_keys (
  scope text NOT NULL,
  key text NOT NULL,
  movie_id text NOT NULL,
  review_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_keys_age ON idempotency_keys (created_at);
