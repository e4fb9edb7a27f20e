-- CreateEnum
CREATE TYPE "forum_topic_status" AS ENUM ('new', 'acknowledged', 'referred', 'planned', 'resolved', 'outside_competence');

-- CreateTable
CREATE TABLE "forum_categories" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name_ar" TEXT NOT NULL,
    "name_fr" TEXT NOT NULL,
    "competence" "competence",
    "position" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "forum_categories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "forum_topics" (
    "id" SERIAL NOT NULL,
    "douar_id" INTEGER,
    "category_id" INTEGER NOT NULL,
    "author_id" UUID,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "place" TEXT,
    "status" "forum_topic_status" NOT NULL DEFAULT 'new',
    "project_id" INTEGER,
    "competent_body" TEXT,
    "first_official_answer_at" TIMESTAMPTZ(3),
    "hidden_at" TIMESTAMPTZ(3),
    "hidden_reason" TEXT,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "forum_topics_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "forum_posts" (
    "id" SERIAL NOT NULL,
    "topic_id" INTEGER NOT NULL,
    "author_id" UUID,
    "body" TEXT NOT NULL,
    "official" BOOLEAN NOT NULL DEFAULT false,
    "hidden_at" TIMESTAMPTZ(3),
    "hidden_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "forum_posts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "forum_photos" (
    "id" SERIAL NOT NULL,
    "topic_id" INTEGER NOT NULL,
    "storage_key" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "forum_photos_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "forum_supports" (
    "topic_id" INTEGER NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "forum_supports_pkey" PRIMARY KEY ("topic_id","user_id")
);

-- CreateTable
CREATE TABLE "forum_follows" (
    "topic_id" INTEGER NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "forum_follows_pkey" PRIMARY KEY ("topic_id","user_id")
);

-- CreateTable
CREATE TABLE "forum_status_changes" (
    "id" SERIAL NOT NULL,
    "topic_id" INTEGER NOT NULL,
    "from_status" "forum_topic_status" NOT NULL,
    "to_status" "forum_topic_status" NOT NULL,
    "note" TEXT NOT NULL,
    "project_id" INTEGER,
    "competent_body" TEXT,
    "author_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "forum_status_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "forum_reports" (
    "id" SERIAL NOT NULL,
    "topic_id" INTEGER NOT NULL,
    "post_id" INTEGER,
    "reporter_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "closed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "forum_reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "forum_suspensions" (
    "user_id" UUID NOT NULL,
    "until" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "forum_suspensions_pkey" PRIMARY KEY ("user_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "forum_categories_slug_key" ON "forum_categories"("slug");

-- CreateIndex
CREATE INDEX "forum_topics_douar_id_created_at_idx" ON "forum_topics"("douar_id", "created_at");

-- CreateIndex
CREATE INDEX "forum_topics_category_id_idx" ON "forum_topics"("category_id");

-- CreateIndex
CREATE INDEX "forum_topics_status_created_at_idx" ON "forum_topics"("status", "created_at");

-- CreateIndex
CREATE INDEX "forum_topics_author_id_idx" ON "forum_topics"("author_id");

-- CreateIndex
CREATE INDEX "forum_topics_project_id_idx" ON "forum_topics"("project_id");

-- CreateIndex
CREATE INDEX "forum_posts_topic_id_created_at_idx" ON "forum_posts"("topic_id", "created_at");

-- CreateIndex
CREATE INDEX "forum_posts_author_id_idx" ON "forum_posts"("author_id");

-- CreateIndex
CREATE UNIQUE INDEX "forum_photos_storage_key_key" ON "forum_photos"("storage_key");

-- CreateIndex
CREATE INDEX "forum_photos_topic_id_idx" ON "forum_photos"("topic_id");

-- CreateIndex
CREATE INDEX "forum_supports_user_id_idx" ON "forum_supports"("user_id");

-- CreateIndex
CREATE INDEX "forum_follows_user_id_idx" ON "forum_follows"("user_id");

-- CreateIndex
CREATE INDEX "forum_status_changes_topic_id_created_at_idx" ON "forum_status_changes"("topic_id", "created_at");

-- CreateIndex
CREATE INDEX "forum_status_changes_author_id_idx" ON "forum_status_changes"("author_id");

-- CreateIndex
CREATE INDEX "forum_reports_closed_at_created_at_idx" ON "forum_reports"("closed_at", "created_at");

-- CreateIndex
CREATE INDEX "forum_reports_topic_id_idx" ON "forum_reports"("topic_id");

-- CreateIndex
CREATE INDEX "forum_reports_post_id_idx" ON "forum_reports"("post_id");

-- CreateIndex
CREATE INDEX "forum_reports_reporter_id_idx" ON "forum_reports"("reporter_id");

-- AddForeignKey
ALTER TABLE "forum_topics" ADD CONSTRAINT "forum_topics_douar_id_fkey" FOREIGN KEY ("douar_id") REFERENCES "douars"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forum_topics" ADD CONSTRAINT "forum_topics_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "forum_categories"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forum_topics" ADD CONSTRAINT "forum_topics_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forum_topics" ADD CONSTRAINT "forum_topics_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forum_posts" ADD CONSTRAINT "forum_posts_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "forum_topics"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forum_posts" ADD CONSTRAINT "forum_posts_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forum_photos" ADD CONSTRAINT "forum_photos_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "forum_topics"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forum_supports" ADD CONSTRAINT "forum_supports_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "forum_topics"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forum_supports" ADD CONSTRAINT "forum_supports_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forum_follows" ADD CONSTRAINT "forum_follows_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "forum_topics"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forum_follows" ADD CONSTRAINT "forum_follows_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forum_status_changes" ADD CONSTRAINT "forum_status_changes_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "forum_topics"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forum_status_changes" ADD CONSTRAINT "forum_status_changes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forum_reports" ADD CONSTRAINT "forum_reports_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "forum_topics"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forum_reports" ADD CONSTRAINT "forum_reports_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "forum_posts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forum_reports" ADD CONSTRAINT "forum_reports_reporter_id_fkey" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "forum_suspensions" ADD CONSTRAINT "forum_suspensions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Beyond Prisma's model (hand-written; Prisma neither generates nor diffs CHECKs and triggers).
-- ---------------------------------------------------------------------------------------------

-- A topic outside the commune's competence names who is competent (lib/forum/rules.ts statusChangeError).
ALTER TABLE "forum_topics" ADD CONSTRAINT "forum_topics_outside_names_body"
    CHECK ("status" <> 'outside_competence' OR "competent_body" IS NOT NULL);

-- A hidden topic or reply says why (the author sees the reason).
ALTER TABLE "forum_topics" ADD CONSTRAINT "forum_topics_hidden_with_reason" CHECK ("hidden_at" IS NULL OR "hidden_reason" IS NOT NULL);
ALTER TABLE "forum_posts" ADD CONSTRAINT "forum_posts_hidden_with_reason" CHECK ("hidden_at" IS NULL OR "hidden_reason" IS NOT NULL);

-- Every status change is explained publicly.
ALTER TABLE "forum_status_changes" ADD CONSTRAINT "forum_status_changes_note_present" CHECK (length(btrim("note")) > 0);
