-- CreateEnum
CREATE TYPE "petition_kind" AS ENUM ('citizens', 'association');

-- CreateEnum
CREATE TYPE "petition_status" AS ENUM ('draft', 'collecting', 'filed', 'under_review', 'accepted', 'rejected');

-- CreateEnum
CREATE TYPE "signature_channel" AS ENUM ('online', 'paper');

-- CreateEnum
CREATE TYPE "signature_basis" AS ENUM ('resident', 'activity');

-- CreateEnum
CREATE TYPE "petition_attachment_kind" AS ENUM ('final_receipt', 'statutes', 'mandate');

-- CreateEnum
CREATE TYPE "session_kind" AS ENUM ('ordinary', 'extraordinary');

-- CreateEnum
CREATE TYPE "session_status" AS ENUM ('planned', 'held');

-- CreateEnum
CREATE TYPE "agenda_origin" AS ENUM ('president', 'members', 'governor', 'petition');

-- AlterTable
ALTER TABLE "commune_settings" ADD COLUMN "has_arrondissements" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "petitions" (
    "id" SERIAL NOT NULL,
    "kind" "petition_kind" NOT NULL,
    "status" "petition_status" NOT NULL DEFAULT 'draft',
    "subject" TEXT NOT NULL,
    "reasons" TEXT NOT NULL,
    "objectives" TEXT NOT NULL,
    "owner_id" UUID NOT NULL,
    "association_id" INTEGER,
    "threshold" INTEGER NOT NULL,
    "declared_good_standing" BOOLEAN NOT NULL DEFAULT false,
    "declared_related_activity" BOOLEAN NOT NULL DEFAULT false,
    "declared_admissible" BOOLEAN NOT NULL DEFAULT false,
    "reference" TEXT,
    "filed_at" TIMESTAMPTZ(3),
    "answer_due_on" DATE,
    "review_started_at" TIMESTAMPTZ(3),
    "check_competence" BOOLEAN,
    "check_constants" BOOLEAN,
    "check_association" BOOLEAN,
    "decided_at" TIMESTAMPTZ(3),
    "decided_by_id" UUID,
    "decision_reasons" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "petitions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "petition_signatures" (
    "id" SERIAL NOT NULL,
    "petition_id" INTEGER NOT NULL,
    "channel" "signature_channel" NOT NULL,
    "user_id" UUID,
    "full_name" TEXT NOT NULL,
    "id_number_encrypted" TEXT NOT NULL,
    "id_number_hash" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "basis" "signature_basis" NOT NULL,
    "entered_by_id" UUID,
    "invalidated_at" TIMESTAMPTZ(3),
    "invalid_reason" TEXT,
    "invalidated_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "petition_signatures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "petition_attachments" (
    "id" SERIAL NOT NULL,
    "petition_id" INTEGER NOT NULL,
    "kind" "petition_attachment_kind" NOT NULL,
    "storage_key" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "petition_attachments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "petition_follows" (
    "user_id" UUID NOT NULL,
    "petition_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "petition_follows_pkey" PRIMARY KEY ("user_id","petition_id")
);

-- CreateTable
CREATE TABLE "council_sessions" (
    "id" SERIAL NOT NULL,
    "kind" "session_kind" NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "ordinary_key" TEXT,
    "starts_on" DATE,
    "ends_on" DATE,
    "status" "session_status" NOT NULL DEFAULT 'planned',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "council_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agenda_items" (
    "id" SERIAL NOT NULL,
    "session_id" INTEGER NOT NULL,
    "origin" "agenda_origin" NOT NULL,
    "petition_id" INTEGER,
    "title_ar" TEXT NOT NULL,
    "title_fr" TEXT NOT NULL,
    "referred_committee" TEXT,
    "decision_text" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agenda_items_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "petitions_reference_key" ON "petitions"("reference");

-- CreateIndex
CREATE INDEX "petitions_status_filed_at_idx" ON "petitions"("status", "filed_at");

-- CreateIndex
CREATE INDEX "petitions_owner_id_idx" ON "petitions"("owner_id");

-- CreateIndex
CREATE INDEX "petitions_association_id_idx" ON "petitions"("association_id");

-- CreateIndex
CREATE INDEX "petitions_decided_by_id_idx" ON "petitions"("decided_by_id");

-- CreateIndex
CREATE INDEX "petition_signatures_user_id_idx" ON "petition_signatures"("user_id");

-- CreateIndex
CREATE INDEX "petition_signatures_entered_by_id_idx" ON "petition_signatures"("entered_by_id");

-- CreateIndex
CREATE INDEX "petition_signatures_invalidated_by_id_idx" ON "petition_signatures"("invalidated_by_id");

-- CreateIndex
CREATE UNIQUE INDEX "petition_signatures_petition_id_id_number_hash_key" ON "petition_signatures"("petition_id", "id_number_hash");

-- CreateIndex
CREATE UNIQUE INDEX "petition_signatures_petition_id_user_id_key" ON "petition_signatures"("petition_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "petition_attachments_storage_key_key" ON "petition_attachments"("storage_key");

-- CreateIndex
CREATE INDEX "petition_attachments_petition_id_idx" ON "petition_attachments"("petition_id");

-- CreateIndex
CREATE INDEX "petition_follows_petition_id_idx" ON "petition_follows"("petition_id");

-- CreateIndex
CREATE UNIQUE INDEX "council_sessions_ordinary_key_key" ON "council_sessions"("ordinary_key");

-- CreateIndex
CREATE INDEX "council_sessions_year_month_idx" ON "council_sessions"("year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "agenda_items_petition_id_key" ON "agenda_items"("petition_id");

-- CreateIndex
CREATE INDEX "agenda_items_session_id_idx" ON "agenda_items"("session_id");

-- AddForeignKey
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "petition_signatures" ADD CONSTRAINT "petition_signatures_petition_id_fkey" FOREIGN KEY ("petition_id") REFERENCES "petitions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "petition_signatures" ADD CONSTRAINT "petition_signatures_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "petition_signatures" ADD CONSTRAINT "petition_signatures_entered_by_id_fkey" FOREIGN KEY ("entered_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "petition_signatures" ADD CONSTRAINT "petition_signatures_invalidated_by_id_fkey" FOREIGN KEY ("invalidated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "petition_attachments" ADD CONSTRAINT "petition_attachments_petition_id_fkey" FOREIGN KEY ("petition_id") REFERENCES "petitions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "petition_follows" ADD CONSTRAINT "petition_follows_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "petition_follows" ADD CONSTRAINT "petition_follows_petition_id_fkey" FOREIGN KEY ("petition_id") REFERENCES "petitions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "council_sessions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_petition_id_fkey" FOREIGN KEY ("petition_id") REFERENCES "petitions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written constraints (the drift test ignores CHECKs).
-- An association's petition names its association; a citizens' petition does not (arts. 122, 124).
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_association_matches_kind"
    CHECK (("kind" = 'association') = ("association_id" IS NOT NULL));
-- A filed petition has its receipt and its answer deadline (art. 125).
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_filed_has_receipt"
    CHECK ("status" IN ('draft', 'collecting') OR ("reference" IS NOT NULL AND "filed_at" IS NOT NULL AND "answer_due_on" IS NOT NULL));
-- A decision is reasoned (art. 125).
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_decision_reasoned"
    CHECK ("status" NOT IN ('accepted', 'rejected') OR ("decided_at" IS NOT NULL AND length(btrim(coalesce("decision_reasons", ''))) > 0));
-- A paper signature belongs to no account (an online one loses its account only if the account is deleted).
ALTER TABLE "petition_signatures" ADD CONSTRAINT "petition_signatures_paper_without_account"
    CHECK ("channel" <> 'paper' OR "user_id" IS NULL);
-- An invalidated signature says why.
ALTER TABLE "petition_signatures" ADD CONSTRAINT "petition_signatures_invalid_reason"
    CHECK ("invalidated_at" IS NULL OR length(btrim(coalesce("invalid_reason", ''))) > 0);
ALTER TABLE "council_sessions" ADD CONSTRAINT "council_sessions_month" CHECK ("month" BETWEEN 1 AND 12);
