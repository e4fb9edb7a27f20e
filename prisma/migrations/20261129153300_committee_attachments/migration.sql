-- Issue 5: a file of the committee's library can be attached to a meeting's minutes or to an
-- opinion; it becomes public with them (published minutes, an opinion sent to the council).
ALTER TABLE "committee_documents" ADD COLUMN "meeting_id" INTEGER;
ALTER TABLE "committee_documents" ADD COLUMN "opinion_id" INTEGER;
ALTER TABLE "committee_documents" ADD CONSTRAINT "committee_documents_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "committee_meetings"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "committee_documents" ADD CONSTRAINT "committee_documents_opinion_id_fkey" FOREIGN KEY ("opinion_id") REFERENCES "committee_opinions"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- One record at most: minutes or opinion.
ALTER TABLE "committee_documents" ADD CONSTRAINT "committee_documents_one_record" CHECK ("meeting_id" IS NULL OR "opinion_id" IS NULL);
CREATE INDEX "committee_documents_meeting_id_idx" ON "committee_documents"("meeting_id");
CREATE INDEX "committee_documents_opinion_id_idx" ON "committee_documents"("opinion_id");
