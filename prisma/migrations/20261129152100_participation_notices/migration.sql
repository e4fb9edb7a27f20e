-- Notices of the participation calendar: who follows council sessions or consultations, and when
-- a consultation's closing was announced.

CREATE TYPE "participation_topic" AS ENUM ('sessions', 'consultations');

CREATE TABLE "participation_follows" (
    "user_id" UUID NOT NULL,
    "topic" "participation_topic" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "participation_follows_pkey" PRIMARY KEY ("user_id", "topic")
);

CREATE INDEX "participation_follows_topic_idx" ON "participation_follows"("topic");

ALTER TABLE "participation_follows" ADD CONSTRAINT "participation_follows_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "consultations" ADD COLUMN "closed_notice_at" TIMESTAMPTZ(3);

-- Consultations that closed before this migration are not announced now.
UPDATE "consultations" SET "closed_notice_at" = "closes_at" WHERE "closes_at" <= CURRENT_TIMESTAMP;
