-- A forum topic can become a petition draft; the two stay linked (issue 6).
ALTER TABLE "petitions" ADD COLUMN "forum_topic_id" INTEGER;

-- CreateIndex
CREATE INDEX "petitions_forum_topic_id_idx" ON "petitions"("forum_topic_id");

-- AddForeignKey
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_forum_topic_id_fkey" FOREIGN KEY ("forum_topic_id") REFERENCES "forum_topics"("id") ON DELETE SET NULL ON UPDATE CASCADE;
