-- Association verification (issue 9): the representative registers the association with its
-- final receipt and statutes; staff verify it (verified_at, already there) or refuse it with a
-- reason, which the representative reads and can answer by correcting and sending again.
ALTER TABLE "associations" ADD COLUMN "refused_at" TIMESTAMPTZ(3),
ADD COLUMN "refusal_reason" TEXT,
ADD COLUMN "decided_by_id" UUID,
ADD COLUMN "submitted_at" TIMESTAMPTZ(3);

-- A decision is either a verification or a reasoned refusal, never both.
ALTER TABLE "associations" ADD CONSTRAINT "associations_one_decision" CHECK (NOT (verified_at IS NOT NULL AND refused_at IS NOT NULL));
ALTER TABLE "associations" ADD CONSTRAINT "associations_refusal_reasoned" CHECK (refused_at IS NULL OR refusal_reason IS NOT NULL);

-- CreateIndex
CREATE INDEX "associations_decided_by_id_idx" ON "associations"("decided_by_id");

-- AddForeignKey
ALTER TABLE "associations" ADD CONSTRAINT "associations_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateEnum
CREATE TYPE "association_document_kind" AS ENUM ('final_receipt', 'statutes');

-- CreateTable
CREATE TABLE "association_documents" (
    "id" SERIAL NOT NULL,
    "association_id" INTEGER NOT NULL,
    "kind" "association_document_kind" NOT NULL,
    "storage_key" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "association_documents_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "association_documents_storage_key_key" ON "association_documents"("storage_key");
CREATE INDEX "association_documents_association_id_idx" ON "association_documents"("association_id");

-- AddForeignKey
ALTER TABLE "association_documents" ADD CONSTRAINT "association_documents_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
