-- The public archive of answered access-to-information requests (issue 7): the information officer
-- publishes an answered request in a redacted form, written by them (never the requester's identity),
-- after confirming a personal-data check; who confirmed it and when are kept.
CREATE TYPE "archive_status" AS ENUM ('published', 'withdrawn');

ALTER TABLE "information_requests" ADD COLUMN "archive_status" "archive_status",
ADD COLUMN "archive_category" "document_category",
ADD COLUMN "archive_question" TEXT,
ADD COLUMN "archive_answer" TEXT,
ADD COLUMN "archived_at" TIMESTAMPTZ(3),
ADD COLUMN "archived_by_id" UUID;

-- Only an answered request is archived, with its redacted texts, its category and the check.
ALTER TABLE "information_requests" ADD CONSTRAINT "information_requests_archive_complete" CHECK (
  "archive_status" IS NULL OR (
    "outcome" IS NOT NULL AND "archive_category" IS NOT NULL AND "archived_at" IS NOT NULL AND "archived_by_id" IS NOT NULL
    AND length(btrim(coalesce("archive_question", ''))) > 0 AND length(btrim(coalesce("archive_answer", ''))) > 0
  )
);

-- CreateIndex
CREATE INDEX "information_requests_archive_status_archived_at_idx" ON "information_requests"("archive_status", "archived_at");

-- AddForeignKey
ALTER TABLE "information_requests" ADD CONSTRAINT "information_requests_archived_by_id_fkey" FOREIGN KEY ("archived_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
