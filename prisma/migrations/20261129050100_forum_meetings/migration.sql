-- CreateTable
CREATE TABLE "forum_meetings" (
    "id" SERIAL NOT NULL,
    "douar_id" INTEGER NOT NULL,
    "scheduled_at" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT NOT NULL,
    "minutes" TEXT,
    "minutes_published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "forum_meetings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "forum_meeting_items" (
    "meeting_id" INTEGER NOT NULL,
    "topic_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "outcome" TEXT,

    CONSTRAINT "forum_meeting_items_pkey" PRIMARY KEY ("meeting_id","topic_id")
);

-- CreateIndex
CREATE INDEX "forum_meetings_douar_id_scheduled_at_idx" ON "forum_meetings"("douar_id", "scheduled_at");

-- CreateIndex
CREATE INDEX "forum_meeting_items_topic_id_idx" ON "forum_meeting_items"("topic_id");

-- AddForeignKey
ALTER TABLE "forum_meetings" ADD CONSTRAINT "forum_meetings_douar_id_fkey" FOREIGN KEY ("douar_id") REFERENCES "douars"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forum_meeting_items" ADD CONSTRAINT "forum_meeting_items_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "forum_meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forum_meeting_items" ADD CONSTRAINT "forum_meeting_items_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "forum_topics"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Beyond Prisma's model (hand-written; Prisma neither generates nor diffs CHECKs and triggers).
-- ---------------------------------------------------------------------------------------------

-- Published minutes have a text.
ALTER TABLE "forum_meetings" ADD CONSTRAINT "forum_meetings_minutes_before_publication"
    CHECK ("minutes_published_at" IS NULL OR "minutes" IS NOT NULL);
