-- Issue 5: the equality committee's shared library inside its workspace.
CREATE TYPE "committee_document_kind" AS ENUM ('draft', 'study', 'training_material', 'other');

CREATE TABLE "committee_documents" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "committee_document_kind" NOT NULL,
    "description" TEXT,
    "storage_key" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "uploaded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "committee_documents_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "committee_documents_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "committee_documents_storage_key_key" ON "committee_documents"("storage_key");
CREATE INDEX "committee_documents_created_at_idx" ON "committee_documents"("created_at");
CREATE INDEX "committee_documents_uploaded_by_id_idx" ON "committee_documents"("uploaded_by_id");
