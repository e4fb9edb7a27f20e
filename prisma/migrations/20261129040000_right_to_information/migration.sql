-- CreateEnum
CREATE TYPE "holiday_kind" AS ENUM ('religious', 'exceptional');

-- CreateTable
CREATE TABLE "holidays" (
    "id" SERIAL NOT NULL,
    "date" DATE NOT NULL,
    "name_ar" TEXT NOT NULL,
    "name_fr" TEXT NOT NULL,
    "kind" "holiday_kind" NOT NULL,
    "confirmed" BOOLEAN NOT NULL DEFAULT false,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "holidays_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "holidays_date_key" ON "holidays"("date");

-- AlterTable
ALTER TABLE "commune_settings" ADD COLUMN "information_officer_contact" TEXT;

-- CreateEnum
CREATE TYPE "document_status" AS ENUM ('draft', 'published', 'unpublished');

-- CreateEnum
CREATE TYPE "document_format" AS ENUM ('pdf', 'csv', 'xlsx');

-- CreateEnum
CREATE TYPE "document_category" AS ENUM ('budget_statements', 'council_sessions', 'council_decisions', 'action_programme', 'audit_reports', 'procurement', 'recruitment', 'senior_posts', 'association_grants', 'services', 'organisation', 'rights_complaints', 'regulations', 'licences', 'elections', 'reports_studies', 'statistics');

-- CreateTable
CREATE TABLE "documents" (
    "id" SERIAL NOT NULL,
    "category" "document_category" NOT NULL,
    "title_ar" TEXT NOT NULL,
    "title_fr" TEXT NOT NULL,
    "summary_ar" TEXT NOT NULL,
    "summary_fr" TEXT NOT NULL,
    "document_date" DATE NOT NULL,
    "source_service_ar" TEXT NOT NULL,
    "source_service_fr" TEXT NOT NULL,
    "period_from" DATE,
    "period_to" DATE,
    "status" "document_status" NOT NULL DEFAULT 'draft',
    "published_at" TIMESTAMPTZ(3),
    "privacy_checked_by_id" UUID,
    "privacy_checked_at" TIMESTAMPTZ(3),
    "unpublished_at" TIMESTAMPTZ(3),
    "unpublish_reason" TEXT,
    "search_text" TEXT NOT NULL DEFAULT '',
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_versions" (
    "id" SERIAL NOT NULL,
    "document_id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "format" "document_format" NOT NULL,
    "storage_key" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "extracted_text" TEXT NOT NULL DEFAULT '',
    "uploaded_by_id" UUID NOT NULL,
    "uploaded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_versions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "documents_status_published_at_idx" ON "documents"("status", "published_at");

-- CreateIndex
CREATE INDEX "documents_category_idx" ON "documents"("category");

-- CreateIndex
CREATE UNIQUE INDEX "document_versions_storage_key_key" ON "document_versions"("storage_key");

-- CreateIndex
CREATE UNIQUE INDEX "document_versions_document_id_number_key" ON "document_versions"("document_id", "number");

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "documents" ADD CONSTRAINT "documents_privacy_checked_by_id_fkey" FOREIGN KEY ("privacy_checked_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- CreateEnum
CREATE TYPE "request_channel" AS ENUM ('portal', 'in_person', 'post', 'email');

-- CreateEnum
CREATE TYPE "identity_kind" AS ENUM ('cin', 'residence_permit');

-- CreateEnum
CREATE TYPE "delivery_mode" AS ENUM ('on_site', 'email', 'copy');

-- CreateEnum
CREATE TYPE "request_outcome" AS ENUM ('given', 'partial', 'refused');

-- CreateEnum
CREATE TYPE "refusal_ground" AS ENUM ('not_available', 'exception', 'already_published', 'repeated', 'unclear', 'in_preparation', 'archives_du_maroc');

-- CreateEnum
CREATE TYPE "art7_exception" AS ENUM ('national_defence', 'state_security', 'private_life', 'fundamental_rights', 'sources', 'foreign_relations', 'monetary_economic_policy', 'intellectual_property', 'whistleblowers', 'classified_by_law', 'government_deliberations', 'administrative_inquiry', 'judicial_proceedings', 'fair_competition');

-- CreateTable
CREATE TABLE "information_requests" (
    "id" SERIAL NOT NULL,
    "reference" TEXT NOT NULL,
    "channel" "request_channel" NOT NULL,
    "requester_id" UUID,
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "identity_kind" "identity_kind" NOT NULL,
    "identity_number_encrypted" TEXT NOT NULL,
    "identity_number_hash" TEXT NOT NULL,
    "email" TEXT,
    "information_requested" TEXT NOT NULL,
    "delivery_mode" "delivery_mode" NOT NULL,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "received_on" DATE NOT NULL,
    "first_due_on" DATE NOT NULL,
    "extended_at" TIMESTAMPTZ(3),
    "extended_due_on" DATE,
    "extension_reason" TEXT,
    "outcome" "request_outcome",
    "answered_on" DATE,
    "answer_text" TEXT,
    "withheld_part" TEXT,
    "refusal_ground" "refusal_ground",
    "exceptions" "art7_exception"[],
    "refusal_reasons" TEXT,
    "published_reference" TEXT,
    "answered_by_id" UUID,
    "entered_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "complaint_filed_on" DATE,
    "complaint_text" TEXT,
    "complaint_decided_on" DATE,
    "complaint_decision" TEXT,

    CONSTRAINT "information_requests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "information_requests_reference_key" ON "information_requests"("reference");

-- CreateIndex
CREATE INDEX "information_requests_outcome_first_due_on_idx" ON "information_requests"("outcome", "first_due_on");

-- CreateIndex
CREATE INDEX "information_requests_requester_id_idx" ON "information_requests"("requester_id");

-- CreateIndex
CREATE INDEX "information_requests_identity_number_hash_idx" ON "information_requests"("identity_number_hash");

-- AddForeignKey
ALTER TABLE "information_requests" ADD CONSTRAINT "information_requests_requester_id_fkey" FOREIGN KEY ("requester_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "information_requests" ADD CONSTRAINT "information_requests_answered_by_id_fkey" FOREIGN KEY ("answered_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "information_requests" ADD CONSTRAINT "information_requests_entered_by_id_fkey" FOREIGN KEY ("entered_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A published document was checked for personal data and art. 7 content (law 31.13 art. 7; issue 7),
-- and an unpublished one says why.
ALTER TABLE "documents" ADD CONSTRAINT "documents_published_after_check"
    CHECK ("status" <> 'published' OR ("published_at" IS NOT NULL AND "privacy_checked_at" IS NOT NULL AND "privacy_checked_by_id" IS NOT NULL));
ALTER TABLE "documents" ADD CONSTRAINT "documents_unpublished_with_reason"
    CHECK ("status" <> 'unpublished' OR ("unpublished_at" IS NOT NULL AND length(btrim("unpublish_reason")) > 0));

-- A refusal names its art. 18 ground and is reasoned; the art. 7 exception is named when that is
-- the ground; a partial answer says what was withheld (law 31.13 arts. 8, 18). One extension, with reasons (art. 16).
ALTER TABLE "information_requests" ADD CONSTRAINT "information_requests_refusal_grounded"
    CHECK ("outcome" IS DISTINCT FROM 'refused' OR ("refusal_ground" IS NOT NULL AND length(btrim(coalesce("refusal_reasons", ''))) > 0));
ALTER TABLE "information_requests" ADD CONSTRAINT "information_requests_exception_named"
    CHECK ("refusal_ground" IS DISTINCT FROM 'exception' OR cardinality("exceptions") > 0);
ALTER TABLE "information_requests" ADD CONSTRAINT "information_requests_partial_withheld"
    CHECK ("outcome" IS DISTINCT FROM 'partial' OR length(btrim(coalesce("withheld_part", ''))) > 0);
ALTER TABLE "information_requests" ADD CONSTRAINT "information_requests_extension_reasoned"
    CHECK (("extended_at" IS NULL) = ("extended_due_on" IS NULL) AND ("extended_at" IS NULL OR length(btrim(coalesce("extension_reason", ''))) > 0));
ALTER TABLE "information_requests" ADD CONSTRAINT "information_requests_complaint_before_decision"
    CHECK ("complaint_decided_on" IS NULL OR ("complaint_filed_on" IS NOT NULL AND length(btrim(coalesce("complaint_decision", ''))) > 0));
