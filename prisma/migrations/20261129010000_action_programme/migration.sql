-- CreateEnum
CREATE TYPE "consultation_kind" AS ENUM ('douar_workshop', 'associations', 'equality_committee', 'public_meeting');

-- CreateEnum
CREATE TYPE "competence" AS ENUM ('own', 'shared', 'transferred');

-- CreateEnum
CREATE TYPE "project_status" AS ENUM ('planned', 'in_progress', 'delayed', 'completed', 'cancelled');

-- CreateEnum
CREATE TYPE "gender_tag" AS ENUM ('not_assessed', 'sensitive', 'targeted');

-- CreateEnum
CREATE TYPE "evidence_kind" AS ENUM ('photo', 'pdf');

-- CreateEnum
CREATE TYPE "comment_kind" AS ENUM ('question', 'observation', 'official_answer');

-- CreateEnum
CREATE TYPE "difficulty_status" AS ENUM ('received', 'under_study', 'answered', 'resolved');

-- CreateTable
CREATE TABLE "programmes" (
    "id" SERIAL NOT NULL,
    "start_year" INTEGER NOT NULL,
    "end_year" INTEGER NOT NULL,
    "title_ar" TEXT NOT NULL,
    "title_fr" TEXT NOT NULL,
    "decision_to_prepare_on" DATE,
    "decision_posted_on" DATE,
    "committee_review_on" DATE,
    "council_vote_on" DATE,
    "votes_for" INTEGER,
    "votes_against" INTEGER,
    "votes_abstaining" INTEGER,
    "governor_visa_on" DATE,

    CONSTRAINT "programmes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "programme_consultations" (
    "id" SERIAL NOT NULL,
    "programme_id" INTEGER NOT NULL,
    "kind" "consultation_kind" NOT NULL,
    "held_on" DATE NOT NULL,
    "participants_women" INTEGER,
    "participants_men" INTEGER,
    "summary_ar" TEXT NOT NULL,
    "summary_fr" TEXT NOT NULL,

    CONSTRAINT "programme_consultations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "projects" (
    "id" SERIAL NOT NULL,
    "programme_id" INTEGER NOT NULL,
    "axis_id" INTEGER NOT NULL,
    "activity_id" INTEGER,
    "code" TEXT NOT NULL,
    "title_ar" TEXT NOT NULL,
    "title_fr" TEXT NOT NULL,
    "description_ar" TEXT NOT NULL,
    "description_fr" TEXT NOT NULL,
    "whole_commune" BOOLEAN NOT NULL DEFAULT true,
    "competence" "competence" NOT NULL,
    "priority_rank" INTEGER,
    "start_year" INTEGER NOT NULL,
    "end_year" INTEGER NOT NULL,
    "estimated_cost_mad" INTEGER,
    "responsible_service" TEXT,
    "status" "project_status" NOT NULL DEFAULT 'planned',
    "status_reason_ar" TEXT,
    "status_reason_fr" TEXT,
    "gender_tag" "gender_tag" NOT NULL DEFAULT 'not_assessed',
    "constraints_ar" TEXT,
    "constraints_fr" TEXT,
    "solutions_ar" TEXT,
    "solutions_fr" TEXT,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "projects_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_douars" (
    "project_id" INTEGER NOT NULL,
    "douar_id" INTEGER NOT NULL,

    CONSTRAINT "project_douars_pkey" PRIMARY KEY ("project_id","douar_id")
);

-- CreateTable
CREATE TABLE "funding_lines" (
    "id" SERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "partner" TEXT NOT NULL,
    "amount_mad" INTEGER NOT NULL,
    "agreement_ref" TEXT,

    CONSTRAINT "funding_lines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_partners" (
    "project_id" INTEGER NOT NULL,
    "association_id" INTEGER NOT NULL,

    CONSTRAINT "project_partners_pkey" PRIMARY KEY ("project_id","association_id")
);

-- CreateTable
CREATE TABLE "milestones" (
    "id" SERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "title_ar" TEXT NOT NULL,
    "title_fr" TEXT NOT NULL,
    "due_on" DATE,
    "done_on" DATE,

    CONSTRAINT "milestones_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicators" (
    "id" SERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "name_ar" TEXT NOT NULL,
    "name_fr" TEXT NOT NULL,
    "unit_ar" TEXT NOT NULL,
    "unit_fr" TEXT NOT NULL,
    "baseline" DOUBLE PRECISION NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "indicators_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_values" (
    "indicator_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "indicator_values_pkey" PRIMARY KEY ("indicator_id","year")
);

-- CreateTable
CREATE TABLE "progress_updates" (
    "id" SERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "physical_percent" INTEGER NOT NULL,
    "financial_percent" INTEGER NOT NULL,
    "committed_mad" INTEGER,
    "spent_mad" INTEGER,
    "note_ar" TEXT,
    "note_fr" TEXT,
    "author_id" UUID,

    CONSTRAINT "progress_updates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence" (
    "id" SERIAL NOT NULL,
    "update_id" INTEGER NOT NULL,
    "kind" "evidence_kind" NOT NULL,
    "storage_key" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "caption_ar" TEXT,
    "caption_fr" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_follows" (
    "user_id" UUID NOT NULL,
    "project_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "project_follows_pkey" PRIMARY KEY ("user_id","project_id")
);

-- CreateTable
CREATE TABLE "project_comments" (
    "id" SERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "author_id" UUID,
    "kind" "comment_kind" NOT NULL,
    "parent_id" INTEGER,
    "body" TEXT NOT NULL,
    "hidden_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "project_comments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "difficulties" (
    "id" SERIAL NOT NULL,
    "project_id" INTEGER NOT NULL,
    "reporter_id" UUID,
    "body" TEXT NOT NULL,
    "status" "difficulty_status" NOT NULL DEFAULT 'received',
    "answer" TEXT,
    "answered_by_id" UUID,
    "answered_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "difficulties_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" BIGSERIAL NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "target_type" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "read_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "programmes_start_year_key" ON "programmes"("start_year");

-- CreateIndex
CREATE INDEX "programme_consultations_programme_id_idx" ON "programme_consultations"("programme_id");

-- CreateIndex
CREATE UNIQUE INDEX "projects_activity_id_key" ON "projects"("activity_id");

-- CreateIndex
CREATE UNIQUE INDEX "projects_code_key" ON "projects"("code");

-- CreateIndex
CREATE INDEX "projects_programme_id_axis_id_idx" ON "projects"("programme_id", "axis_id");

-- CreateIndex
CREATE INDEX "projects_axis_id_idx" ON "projects"("axis_id");

-- CreateIndex
CREATE INDEX "projects_status_idx" ON "projects"("status");

-- CreateIndex
CREATE INDEX "project_douars_douar_id_idx" ON "project_douars"("douar_id");

-- CreateIndex
CREATE INDEX "funding_lines_project_id_idx" ON "funding_lines"("project_id");

-- CreateIndex
CREATE INDEX "project_partners_association_id_idx" ON "project_partners"("association_id");

-- CreateIndex
CREATE UNIQUE INDEX "milestones_project_id_position_key" ON "milestones"("project_id", "position");

-- CreateIndex
CREATE INDEX "indicators_project_id_idx" ON "indicators"("project_id");

-- CreateIndex
CREATE INDEX "progress_updates_project_id_recorded_at_idx" ON "progress_updates"("project_id", "recorded_at");

-- CreateIndex
CREATE INDEX "progress_updates_author_id_idx" ON "progress_updates"("author_id");

-- CreateIndex
CREATE UNIQUE INDEX "evidence_storage_key_key" ON "evidence"("storage_key");

-- CreateIndex
CREATE INDEX "evidence_update_id_idx" ON "evidence"("update_id");

-- CreateIndex
CREATE INDEX "project_follows_project_id_idx" ON "project_follows"("project_id");

-- CreateIndex
CREATE INDEX "project_comments_project_id_created_at_idx" ON "project_comments"("project_id", "created_at");

-- CreateIndex
CREATE INDEX "project_comments_parent_id_idx" ON "project_comments"("parent_id");

-- CreateIndex
CREATE INDEX "project_comments_author_id_idx" ON "project_comments"("author_id");

-- CreateIndex
CREATE INDEX "difficulties_project_id_created_at_idx" ON "difficulties"("project_id", "created_at");

-- CreateIndex
CREATE INDEX "difficulties_status_idx" ON "difficulties"("status");

-- CreateIndex
CREATE INDEX "difficulties_reporter_id_idx" ON "difficulties"("reporter_id");

-- CreateIndex
CREATE INDEX "difficulties_answered_by_id_idx" ON "difficulties"("answered_by_id");

-- CreateIndex
CREATE INDEX "notifications_user_id_read_at_created_at_idx" ON "notifications"("user_id", "read_at", "created_at");

-- AddForeignKey
ALTER TABLE "programme_consultations" ADD CONSTRAINT "programme_consultations_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "projects" ADD CONSTRAINT "projects_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "projects" ADD CONSTRAINT "projects_axis_id_fkey" FOREIGN KEY ("axis_id") REFERENCES "plan_axes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "projects" ADD CONSTRAINT "projects_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "plan_activities"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_douars" ADD CONSTRAINT "project_douars_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_douars" ADD CONSTRAINT "project_douars_douar_id_fkey" FOREIGN KEY ("douar_id") REFERENCES "douars"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "funding_lines" ADD CONSTRAINT "funding_lines_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_partners" ADD CONSTRAINT "project_partners_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_partners" ADD CONSTRAINT "project_partners_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_update_id_fkey" FOREIGN KEY ("update_id") REFERENCES "progress_updates"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_follows" ADD CONSTRAINT "project_follows_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_follows" ADD CONSTRAINT "project_follows_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_comments" ADD CONSTRAINT "project_comments_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_comments" ADD CONSTRAINT "project_comments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_comments" ADD CONSTRAINT "project_comments_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "project_comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "difficulties" ADD CONSTRAINT "difficulties_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "difficulties" ADD CONSTRAINT "difficulties_reporter_id_fkey" FOREIGN KEY ("reporter_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "difficulties" ADD CONSTRAINT "difficulties_answered_by_id_fkey" FOREIGN KEY ("answered_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Beyond Prisma's model (hand-written; Prisma neither generates nor diffs CHECKs and triggers).
-- ---------------------------------------------------------------------------------------------

-- AddCheckConstraint: an action programme covers six years (organic law 113.14 art. 78), so a
-- programme starting in 2022 ends in 2027.
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_six_years" CHECK ("end_year" = "start_year" + 5);

-- AddCheckConstraint: a project does not end before it starts.
ALTER TABLE "projects" ADD CONSTRAINT "projects_years_in_order" CHECK ("end_year" >= "start_year");

-- AddCheckConstraint: a delayed or cancelled project says why (decree 2.16.301 art. 14).
ALTER TABLE "projects" ADD CONSTRAINT "projects_status_reason_required"
    CHECK ("status" NOT IN ('delayed', 'cancelled') OR "status_reason_ar" IS NOT NULL);

-- AddCheckConstraint: progress is a percentage.
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_physical_percent_range"
    CHECK ("physical_percent" BETWEEN 0 AND 100);
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_financial_percent_range"
    CHECK ("financial_percent" BETWEEN 0 AND 100);

-- AddCheckConstraint: amounts in dirhams are never negative (NULL, "not known", passes).
ALTER TABLE "projects" ADD CONSTRAINT "projects_estimated_cost_mad_non_negative" CHECK ("estimated_cost_mad" >= 0);
ALTER TABLE "funding_lines" ADD CONSTRAINT "funding_lines_amount_mad_non_negative" CHECK ("amount_mad" >= 0);
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_committed_mad_non_negative" CHECK ("committed_mad" >= 0);
ALTER TABLE "progress_updates" ADD CONSTRAINT "progress_updates_spent_mad_non_negative" CHECK ("spent_mad" >= 0);

-- CreateFunction: progress updates are dated history; a correction is a new update. UPDATE is
-- refused row by row. DELETE stays possible, because deleting a project cascades to its updates
-- and a trigger cannot tell that cascade from a direct DELETE. The one UPDATE let through is the
-- one ON DELETE SET NULL of "progress_updates_author_id_fkey" makes when an author's account is
-- deleted: issued by that foreign key's own trigger (so nested, pg_trigger_depth() > 1), it only
-- clears "author_id"; without this exception no author of an update could ever be deleted.
CREATE FUNCTION "progress_updates_refuse_update"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF pg_trigger_depth() > 1
       AND OLD."author_id" IS NOT NULL AND NEW."author_id" IS NULL
       AND to_jsonb(NEW) - 'author_id' = to_jsonb(OLD) - 'author_id' THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'progress_updates is append-only: % is not allowed', TG_OP
        USING HINT = 'Record a new progress update instead of changing an existing one.';
END;
$$;

-- CreateTrigger
CREATE TRIGGER "progress_updates_append_only"
    BEFORE UPDATE ON "progress_updates"
    FOR EACH ROW EXECUTE FUNCTION "progress_updates_refuse_update"();
