-- Staff can withdraw a piece of progress evidence (a photo showing a person, a wrong file): the
-- file is deleted from the store, the row stays with who withdrew it, when and why.
ALTER TABLE "evidence" ADD COLUMN "withdrawn_at" TIMESTAMPTZ(3),
ADD COLUMN "withdrawn_by_id" UUID,
ADD COLUMN "withdrawn_reason" TEXT;

-- CreateIndex
CREATE INDEX "evidence_withdrawn_by_id_idx" ON "evidence"("withdrawn_by_id");

-- AddForeignKey
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_withdrawn_by_id_fkey" FOREIGN KEY ("withdrawn_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: a withdrawal always says when and why.
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_withdrawal_complete" CHECK (("withdrawn_at" IS NULL) = ("withdrawn_reason" IS NULL));
