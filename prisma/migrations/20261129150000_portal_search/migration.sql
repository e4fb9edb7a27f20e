-- Portal-wide search (issue 10): one normalisation (search_normalize, the twin of
-- lib/search/normalize.ts: same steps, same character tables), generated search columns on every
-- searchable table with GIN indexes: a weighted tsvector (titles A, texts B; the `arabic`
-- configuration, which stems Arabic words, and `simple` for French and mixed text) and the
-- normalised title for forgiving trigram matching (pg_trgm) of misspelt titles.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- 1. Arabic marks, tatweel and invisible direction marks removed; 2. letters mapped one to one
-- (Latin capitals and French accented letters, أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي,
-- no-break spaces); 3. whitespace runs collapsed to one space, trimmed. No lower(): only the
-- listed letters change, whatever the collation, so the function is truly immutable.
CREATE FUNCTION search_normalize(input TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT regexp_replace(
    regexp_replace(
      translate(
        regexp_replace(input, '[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F]', '', 'g'),
        'ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿŸ' || chr(160) || chr(8239) || 'أإآٱةىؤئ',
        'abcdefghijklmnopqrstuvwxyzaaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooouuuuuuuuyyyy  ااااهيوي'),
      '[ \t\n\r\f\v]+', ' ', 'g'),
    '^ | $', '', 'g')
$$;

-- A title (weight A) and a text (weight B), normalised, in the `arabic` and the `simple`
-- configurations. The text is cut at 300,000 characters: a tsvector is limited to 1 MB and a
-- long PDF's later pages add few new words. search_normalize is named with its schema because
-- pg_restore evaluates generated columns with an empty search_path (lib/ops/backup.ts).
CREATE FUNCTION search_vector(title TEXT, body TEXT) RETURNS TSVECTOR
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('pg_catalog.arabic'::regconfig, public.search_normalize(coalesce(title, ''))), 'A')
      || setweight(to_tsvector('pg_catalog.simple'::regconfig, public.search_normalize(coalesce(title, ''))), 'A')
      || setweight(to_tsvector('pg_catalog.arabic'::regconfig, public.search_normalize(left(coalesce(body, ''), 300000))), 'B')
      || setweight(to_tsvector('pg_catalog.simple'::regconfig, public.search_normalize(left(coalesce(body, ''), 300000))), 'B')
$$;

-- Programme projects: every project is public.
ALTER TABLE "projects"
ADD COLUMN "search_title" TEXT GENERATED ALWAYS AS (search_normalize("code" || ' ' || "title_ar" || ' ' || "title_fr")) STORED,
ADD COLUMN "search_vector" TSVECTOR GENERATED ALWAYS AS (search_vector("code" || ' ' || "title_ar" || ' ' || "title_fr", "description_ar" || ' ' || "description_fr")) STORED;

-- Petitions: the subject, reasons, objectives and the bureau's public decision (never a name).
ALTER TABLE "petitions"
ADD COLUMN "search_title" TEXT GENERATED ALWAYS AS (search_normalize("subject")) STORED,
ADD COLUMN "search_vector" TSVECTOR GENERATED ALWAYS AS (search_vector(coalesce("reference", '') || ' ' || "subject", "reasons" || ' ' || "objectives" || ' ' || coalesce("decision_reasons", ''))) STORED;

-- Library documents: titles, and search_text (summaries and the current file's extracted text).
ALTER TABLE "documents"
ADD COLUMN "search_title" TEXT GENERATED ALWAYS AS (search_normalize("title_ar" || ' ' || "title_fr")) STORED,
ADD COLUMN "search_vector" TSVECTOR GENERATED ALWAYS AS (search_vector("title_ar" || ' ' || "title_fr", "search_text")) STORED;

-- Forum topics: title and description (not the place).
ALTER TABLE "forum_topics"
ADD COLUMN "search_title" TEXT GENERATED ALWAYS AS (search_normalize("title")) STORED,
ADD COLUMN "search_vector" TSVECTOR GENERATED ALWAYS AS (search_vector("title", "body")) STORED;

-- Consultations: titles and descriptions (the synthesis is public only once published).
ALTER TABLE "consultations"
ADD COLUMN "search_title" TEXT GENERATED ALWAYS AS (search_normalize("title_ar" || ' ' || "title_fr")) STORED,
ADD COLUMN "search_vector" TSVECTOR GENERATED ALWAYS AS (search_vector("title_ar" || ' ' || "title_fr", "description_ar" || ' ' || "description_fr")) STORED;

-- Agenda items: the titles, and apart the decision, public only once the session's decisions are.
ALTER TABLE "agenda_items"
ADD COLUMN "search_title" TEXT GENERATED ALWAYS AS (search_normalize("title_ar" || ' ' || "title_fr")) STORED,
ADD COLUMN "search_vector" TSVECTOR GENERATED ALWAYS AS (search_vector("title_ar" || ' ' || "title_fr", NULL)) STORED,
ADD COLUMN "decision_vector" TSVECTOR GENERATED ALWAYS AS (search_vector(NULL, "decision_text")) STORED;

-- CreateIndex
CREATE INDEX "projects_search_vector_idx" ON "projects" USING GIN ("search_vector");
CREATE INDEX "projects_search_title_idx" ON "projects" USING GIN ("search_title" gin_trgm_ops);
CREATE INDEX "petitions_search_vector_idx" ON "petitions" USING GIN ("search_vector");
CREATE INDEX "petitions_search_title_idx" ON "petitions" USING GIN ("search_title" gin_trgm_ops);
CREATE INDEX "documents_search_vector_idx" ON "documents" USING GIN ("search_vector");
CREATE INDEX "documents_search_title_idx" ON "documents" USING GIN ("search_title" gin_trgm_ops);
CREATE INDEX "forum_topics_search_vector_idx" ON "forum_topics" USING GIN ("search_vector");
CREATE INDEX "forum_topics_search_title_idx" ON "forum_topics" USING GIN ("search_title" gin_trgm_ops);
CREATE INDEX "consultations_search_vector_idx" ON "consultations" USING GIN ("search_vector");
CREATE INDEX "consultations_search_title_idx" ON "consultations" USING GIN ("search_title" gin_trgm_ops);
CREATE INDEX "agenda_items_search_vector_idx" ON "agenda_items" USING GIN ("search_vector");
CREATE INDEX "agenda_items_decision_vector_idx" ON "agenda_items" USING GIN ("decision_vector");
CREATE INDEX "agenda_items_search_title_idx" ON "agenda_items" USING GIN ("search_title" gin_trgm_ops);
