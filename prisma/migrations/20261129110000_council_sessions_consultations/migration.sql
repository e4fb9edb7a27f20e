-- Council sessions (issue 8): place, publication dates, votes per item, more agenda origins,
-- linked library documents; public consultations.

-- AlterEnum
ALTER TYPE "session_status" ADD VALUE 'agenda_published' BEFORE 'held';
ALTER TYPE "session_status" ADD VALUE 'decisions_published';
ALTER TYPE "agenda_origin" ADD VALUE 'committee_opinion';
ALTER TYPE "agenda_origin" ADD VALUE 'evaluation_report';

-- CreateEnum
CREATE TYPE "consultation_audience" AS ENUM ('residents', 'associations');
CREATE TYPE "consultation_question_kind" AS ENUM ('single_choice', 'free_text');
CREATE TYPE "declared_gender" AS ENUM ('female', 'male');

-- AlterTable
ALTER TABLE "council_sessions" ADD COLUMN "place_ar" TEXT,
ADD COLUMN "place_fr" TEXT,
ADD COLUMN "agenda_published_at" TIMESTAMPTZ(3),
ADD COLUMN "decisions_published_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "agenda_items" ADD COLUMN "votes_for" INTEGER,
ADD COLUMN "votes_against" INTEGER,
ADD COLUMN "votes_abstain" INTEGER;

-- CreateTable
CREATE TABLE "council_session_documents" (
    "session_id" INTEGER NOT NULL,
    "document_id" INTEGER NOT NULL,

    CONSTRAINT "council_session_documents_pkey" PRIMARY KEY ("session_id","document_id")
);

-- CreateTable
CREATE TABLE "consultations" (
    "id" SERIAL NOT NULL,
    "title_ar" TEXT NOT NULL,
    "title_fr" TEXT NOT NULL,
    "description_ar" TEXT NOT NULL,
    "description_fr" TEXT NOT NULL,
    "audience" "consultation_audience" NOT NULL DEFAULT 'residents',
    "closes_at" TIMESTAMPTZ(3) NOT NULL,
    "heard_ar" TEXT,
    "heard_fr" TEXT,
    "decided_ar" TEXT,
    "decided_fr" TEXT,
    "synthesis_published_at" TIMESTAMPTZ(3),
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consultations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consultation_documents" (
    "consultation_id" INTEGER NOT NULL,
    "document_id" INTEGER NOT NULL,

    CONSTRAINT "consultation_documents_pkey" PRIMARY KEY ("consultation_id","document_id")
);

-- CreateTable
CREATE TABLE "consultation_questions" (
    "id" SERIAL NOT NULL,
    "consultation_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "consultation_question_kind" NOT NULL,
    "prompt_ar" TEXT NOT NULL,
    "prompt_fr" TEXT NOT NULL,
    "options_ar" TEXT[],
    "options_fr" TEXT[],

    CONSTRAINT "consultation_questions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consultation_responses" (
    "id" SERIAL NOT NULL,
    "consultation_id" INTEGER NOT NULL,
    "user_id" UUID NOT NULL,
    "douar_id" INTEGER,
    "gender" "declared_gender",
    "comment" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "consultation_responses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consultation_answers" (
    "response_id" INTEGER NOT NULL,
    "question_id" INTEGER NOT NULL,
    "choice" INTEGER,
    "text" TEXT,

    CONSTRAINT "consultation_answers_pkey" PRIMARY KEY ("response_id","question_id")
);

-- CreateIndex
CREATE INDEX "council_session_documents_document_id_idx" ON "council_session_documents"("document_id");

-- CreateIndex
CREATE INDEX "consultations_closes_at_idx" ON "consultations"("closes_at");

-- CreateIndex
CREATE INDEX "consultation_documents_document_id_idx" ON "consultation_documents"("document_id");

-- CreateIndex
CREATE UNIQUE INDEX "consultation_questions_consultation_id_position_key" ON "consultation_questions"("consultation_id", "position");

-- CreateIndex
CREATE INDEX "consultation_responses_user_id_idx" ON "consultation_responses"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "consultation_responses_consultation_id_user_id_key" ON "consultation_responses"("consultation_id", "user_id");

-- CreateIndex
CREATE INDEX "consultation_answers_question_id_idx" ON "consultation_answers"("question_id");

-- AddForeignKey
ALTER TABLE "council_session_documents" ADD CONSTRAINT "council_session_documents_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "council_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "council_session_documents" ADD CONSTRAINT "council_session_documents_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation_documents" ADD CONSTRAINT "consultation_documents_consultation_id_fkey" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation_documents" ADD CONSTRAINT "consultation_documents_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation_questions" ADD CONSTRAINT "consultation_questions_consultation_id_fkey" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation_responses" ADD CONSTRAINT "consultation_responses_consultation_id_fkey" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation_responses" ADD CONSTRAINT "consultation_responses_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation_responses" ADD CONSTRAINT "consultation_responses_douar_id_fkey" FOREIGN KEY ("douar_id") REFERENCES "douars"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation_answers" ADD CONSTRAINT "consultation_answers_response_id_fkey" FOREIGN KEY ("response_id") REFERENCES "consultation_responses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation_answers" ADD CONSTRAINT "consultation_answers_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "consultation_questions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written constraints (the drift test ignores CHECKs).
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_votes_not_negative"
    CHECK (COALESCE("votes_for", 0) >= 0 AND COALESCE("votes_against", 0) >= 0 AND COALESCE("votes_abstain", 0) >= 0);
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_synthesis_has_text"
    CHECK ("synthesis_published_at" IS NULL OR ("heard_ar" IS NOT NULL AND "decided_ar" IS NOT NULL));
