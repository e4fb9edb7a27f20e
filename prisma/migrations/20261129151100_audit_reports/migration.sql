-- Audit and inspection reports and the follow-up of their recommendations (OL 113.14 arts. 214,
-- 215, 272, 274; the plan's axis 7, internal audit). A report may point to the library document that
-- holds its file (category audit_reports) rather than keeping a copy.
CREATE TYPE "audit_report_source" AS ENUM ('finance_inspectorate', 'territorial_inspectorate', 'regional_court_of_accounts', 'internal_audit', 'fact_finding_committee', 'other');

CREATE TYPE "recommendation_status" AS ENUM ('open', 'in_progress', 'implemented', 'not_implemented');

-- CreateTable
CREATE TABLE "audit_reports" (
    "id" SERIAL NOT NULL,
    "source" "audit_report_source" NOT NULL,
    "title_ar" TEXT NOT NULL,
    "title_fr" TEXT NOT NULL,
    "summary_ar" TEXT NOT NULL DEFAULT '',
    "summary_fr" TEXT NOT NULL DEFAULT '',
    "period_from" DATE,
    "period_to" DATE,
    "received_on" DATE NOT NULL,
    "presented_on" DATE,
    "document_id" INTEGER,
    "published_at" TIMESTAMPTZ(3),
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "audit_reports_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "audit_reports_period_order" CHECK ("period_from" IS NULL OR "period_to" IS NULL OR "period_from" <= "period_to")
);

-- CreateTable
CREATE TABLE "audit_recommendations" (
    "id" SERIAL NOT NULL,
    "report_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text_ar" TEXT NOT NULL,
    "text_fr" TEXT NOT NULL,
    "service_ar" TEXT NOT NULL,
    "service_fr" TEXT NOT NULL,
    "due_on" DATE NOT NULL,
    "status" "recommendation_status" NOT NULL DEFAULT 'open',
    "status_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "audit_recommendations_pkey" PRIMARY KEY ("id"),
    -- A recommendation not implemented says why.
    CONSTRAINT "audit_recommendations_not_implemented_reasoned" CHECK ("status" <> 'not_implemented' OR length(btrim(coalesce("status_reason", ''))) > 0)
);

-- CreateTable
CREATE TABLE "audit_recommendation_notes" (
    "id" SERIAL NOT NULL,
    "recommendation_id" INTEGER NOT NULL,
    "noted_on" DATE NOT NULL,
    "status" "recommendation_status" NOT NULL,
    "text" TEXT NOT NULL,
    "author_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_recommendation_notes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "audit_reports_published_at_idx" ON "audit_reports"("published_at");

-- CreateIndex
CREATE INDEX "audit_reports_document_id_idx" ON "audit_reports"("document_id");

-- CreateIndex
CREATE UNIQUE INDEX "audit_recommendations_report_id_position_key" ON "audit_recommendations"("report_id", "position");

-- CreateIndex
CREATE INDEX "audit_recommendations_status_due_on_idx" ON "audit_recommendations"("status", "due_on");

-- CreateIndex
CREATE INDEX "audit_recommendation_notes_recommendation_id_idx" ON "audit_recommendation_notes"("recommendation_id");

-- AddForeignKey
ALTER TABLE "audit_reports" ADD CONSTRAINT "audit_reports_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_reports" ADD CONSTRAINT "audit_reports_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_recommendations" ADD CONSTRAINT "audit_recommendations_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "audit_reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_recommendation_notes" ADD CONSTRAINT "audit_recommendation_notes_recommendation_id_fkey" FOREIGN KEY ("recommendation_id") REFERENCES "audit_recommendations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_recommendation_notes" ADD CONSTRAINT "audit_recommendation_notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
