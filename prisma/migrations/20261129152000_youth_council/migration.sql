-- The youth and childhood council (plan axis 5): members (a guardian's consent for minors),
-- meetings with minutes, and proposals to the council with the equality committee's workflow.

CREATE TYPE "youth_consent_method" AS ENUM ('signed_form', 'in_person', 'electronic');

CREATE TABLE "youth_members" (
    "id" SERIAL NOT NULL,
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "birth_year" INTEGER NOT NULL,
    "birth_date" DATE,
    "gender" "gender" NOT NULL,
    "term_start" DATE NOT NULL,
    "term_end" DATE,
    "public_listing" BOOLEAN NOT NULL DEFAULT false,
    "guardian_name" TEXT,
    "guardian_relation" TEXT,
    "consent_on" DATE,
    "consent_method" "youth_consent_method",
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "youth_members_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "youth_members_birth_date_matches_year" CHECK ("birth_date" IS NULL OR EXTRACT(YEAR FROM "birth_date") = "birth_year"),
    CONSTRAINT "youth_members_term_order" CHECK ("term_end" IS NULL OR "term_end" >= "term_start"),
    -- A consent is recorded whole (who, their relation, when, how) or not at all.
    CONSTRAINT "youth_members_consent_whole" CHECK (
        ("guardian_name" IS NULL AND "guardian_relation" IS NULL AND "consent_on" IS NULL AND "consent_method" IS NULL)
        OR ("guardian_name" IS NOT NULL AND "guardian_relation" IS NOT NULL AND "consent_on" IS NOT NULL AND "consent_method" IS NOT NULL)
    )
);

CREATE TABLE "youth_meetings" (
    "id" SERIAL NOT NULL,
    "held_on" DATE NOT NULL,
    "place" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "minutes" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "youth_meetings_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "youth_proposals" (
    "id" SERIAL NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "meeting_id" INTEGER,
    "presented_by_id" INTEGER,
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
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "youth_proposals_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "youth_meetings_held_on_idx" ON "youth_meetings"("held_on");
CREATE INDEX "youth_proposals_status_idx" ON "youth_proposals"("status");
CREATE INDEX "youth_proposals_meeting_id_idx" ON "youth_proposals"("meeting_id");
CREATE INDEX "youth_proposals_presented_by_id_idx" ON "youth_proposals"("presented_by_id");

ALTER TABLE "youth_proposals" ADD CONSTRAINT "youth_proposals_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "youth_meetings"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "youth_proposals" ADD CONSTRAINT "youth_proposals_presented_by_id_fkey" FOREIGN KEY ("presented_by_id") REFERENCES "youth_members"("id") ON DELETE SET NULL ON UPDATE CASCADE;
