-- CreateEnum
CREATE TYPE "committee_role" AS ENUM ('member', 'rapporteur', 'chair');

-- CreateEnum
CREATE TYPE "gender" AS ENUM ('woman', 'man');

-- CreateEnum
CREATE TYPE "opinion_kind" AS ENUM ('opinion', 'proposal');

-- CreateEnum
CREATE TYPE "opinion_requester" AS ENUM ('council', 'president', 'committee');

-- CreateEnum
CREATE TYPE "opinion_subject" AS ENUM ('project', 'petition', 'session', 'programme', 'other');

-- CreateEnum
CREATE TYPE "opinion_status" AS ENUM ('draft', 'adopted', 'sent', 'answered', 'in_progress', 'done');

-- CreateEnum
CREATE TYPE "council_response" AS ENUM ('accepted', 'partly_accepted', 'rejected');

-- CreateTable
CREATE TABLE "equality_settings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "name_ar" TEXT NOT NULL,
    "name_fr" TEXT NOT NULL,
    "min_members" INTEGER NOT NULL,
    "max_members" INTEGER NOT NULL,
    "target_women_percent" INTEGER NOT NULL DEFAULT 50,
    "bureau_roles_ar" TEXT[],
    "bureau_roles_fr" TEXT[],
    "categories_ar" TEXT[],
    "categories_fr" TEXT[],
    "meetings_per_year" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "equality_settings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "committee_members" (
    "id" SERIAL NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "committee_role" NOT NULL,
    "bureau_role" INTEGER,
    "organisation" TEXT,
    "category" INTEGER,
    "gender" "gender" NOT NULL,
    "term_start" DATE NOT NULL,
    "term_end" DATE,
    "public_listing" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "committee_members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "committee_meetings" (
    "id" SERIAL NOT NULL,
    "scheduled_at" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT NOT NULL,
    "agenda" TEXT NOT NULL,
    "minutes" TEXT,
    "decisions" TEXT,
    "minutes_published_at" TIMESTAMPTZ(3),
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "committee_meetings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "committee_meeting_invitees" (
    "meeting_id" INTEGER NOT NULL,
    "member_id" INTEGER NOT NULL,
    "attended" BOOLEAN,

    CONSTRAINT "committee_meeting_invitees_pkey" PRIMARY KEY ("meeting_id","member_id")
);

-- CreateTable
CREATE TABLE "committee_opinions" (
    "id" SERIAL NOT NULL,
    "kind" "opinion_kind" NOT NULL,
    "subject" TEXT NOT NULL,
    "requested_by" "opinion_requester" NOT NULL,
    "concerns" "opinion_subject" NOT NULL,
    "project_id" INTEGER,
    "petition_id" INTEGER,
    "session_id" INTEGER,
    "programme_id" INTEGER,
    "body" TEXT NOT NULL,
    "status" "opinion_status" NOT NULL DEFAULT 'draft',
    "votes_for" INTEGER,
    "votes_against" INTEGER,
    "votes_abstaining" INTEGER,
    "adopted_on" DATE,
    "sent_on" DATE,
    "response" "council_response",
    "response_text" TEXT,
    "response_on" DATE,
    "follow_up_note" TEXT,
    "done_on" DATE,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "committee_opinions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "committee_members_user_id_key" ON "committee_members"("user_id");

-- CreateIndex
CREATE INDEX "committee_meetings_scheduled_at_idx" ON "committee_meetings"("scheduled_at");

-- CreateIndex
CREATE INDEX "committee_meetings_created_by_id_idx" ON "committee_meetings"("created_by_id");

-- CreateIndex
CREATE INDEX "committee_meeting_invitees_member_id_idx" ON "committee_meeting_invitees"("member_id");

-- CreateIndex
CREATE INDEX "committee_opinions_status_sent_on_idx" ON "committee_opinions"("status", "sent_on");

-- CreateIndex
CREATE INDEX "committee_opinions_project_id_idx" ON "committee_opinions"("project_id");

-- CreateIndex
CREATE INDEX "committee_opinions_petition_id_idx" ON "committee_opinions"("petition_id");

-- CreateIndex
CREATE INDEX "committee_opinions_session_id_idx" ON "committee_opinions"("session_id");

-- CreateIndex
CREATE INDEX "committee_opinions_programme_id_idx" ON "committee_opinions"("programme_id");

-- CreateIndex
CREATE INDEX "committee_opinions_created_by_id_idx" ON "committee_opinions"("created_by_id");

-- AddForeignKey
ALTER TABLE "committee_members" ADD CONSTRAINT "committee_members_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_meetings" ADD CONSTRAINT "committee_meetings_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_meeting_invitees" ADD CONSTRAINT "committee_meeting_invitees_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "committee_meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_meeting_invitees" ADD CONSTRAINT "committee_meeting_invitees_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "committee_members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_opinions" ADD CONSTRAINT "committee_opinions_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_opinions" ADD CONSTRAINT "committee_opinions_petition_id_fkey" FOREIGN KEY ("petition_id") REFERENCES "petitions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_opinions" ADD CONSTRAINT "committee_opinions_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_opinions" ADD CONSTRAINT "committee_opinions_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Beyond Prisma's model (hand-written; Prisma neither generates nor diffs CHECKs).
-- ---------------------------------------------------------------------------------------------

-- One settings row.
ALTER TABLE "equality_settings" ADD CONSTRAINT "equality_settings_single_row" CHECK ("id" = 1);

-- Published minutes have a text.
ALTER TABLE "committee_meetings" ADD CONSTRAINT "committee_meetings_minutes_before_publication"
    CHECK ("minutes_published_at" IS NULL OR "minutes" IS NOT NULL);
