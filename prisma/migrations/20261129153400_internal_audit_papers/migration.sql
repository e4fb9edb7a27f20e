-- Issue 7: the internal-audit committee (the plan's axis 7) keeps its working papers in a
-- members-only space like the equality committee's: the same library, one space per committee.
CREATE TYPE "library_space" AS ENUM ('equality_committee', 'internal_audit');
ALTER TABLE "committee_documents" ADD COLUMN "space" "library_space" NOT NULL DEFAULT 'equality_committee';
-- Only the equality committee's files are attached to its minutes and opinions.
ALTER TABLE "committee_documents" ADD CONSTRAINT "committee_documents_attachments_of_equality" CHECK ("space" = 'equality_committee' OR ("meeting_id" IS NULL AND "opinion_id" IS NULL));
CREATE INDEX "committee_documents_space_created_at_idx" ON "committee_documents"("space", "created_at");
