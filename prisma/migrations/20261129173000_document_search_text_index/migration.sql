-- The library's word search (lib/documents/queries.ts searchIds) matches
-- to_tsvector('simple', search_text); without an index on that expression every search computed it
-- for every published document: 5 s a search under load with 10,000 documents (bench/growth.ts).
CREATE INDEX "documents_search_text_simple_idx" ON "documents" USING GIN (to_tsvector('simple'::regconfig, "search_text"));
