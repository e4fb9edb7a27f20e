-- CreateEnum
CREATE TYPE "means_request_status" AS ENUM ('submitted', 'granted', 'partly_granted', 'refused');

-- CreateTable
CREATE TABLE "committee_means_requests" (
    "id" SERIAL NOT NULL,
    "subject" TEXT NOT NULL,
    "details" TEXT NOT NULL,
    "status" "means_request_status" NOT NULL DEFAULT 'submitted',
    "answer" TEXT,
    "answered_on" DATE,
    "created_by_id" UUID,
    "answered_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "committee_means_requests_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "committee_means_requests_status_created_at_idx" ON "committee_means_requests"("status", "created_at");

-- CreateIndex
CREATE INDEX "committee_means_requests_created_by_id_idx" ON "committee_means_requests"("created_by_id");

-- CreateIndex
CREATE INDEX "committee_means_requests_answered_by_id_idx" ON "committee_means_requests"("answered_by_id");

-- AddForeignKey
ALTER TABLE "committee_means_requests" ADD CONSTRAINT "committee_means_requests_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_means_requests" ADD CONSTRAINT "committee_means_requests_answered_by_id_fkey" FOREIGN KEY ("answered_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- An answered request has its answer and date.
ALTER TABLE "committee_means_requests" ADD CONSTRAINT "committee_means_requests_answer_complete"
    CHECK ("status" = 'submitted' OR ("answer" IS NOT NULL AND "answered_on" IS NOT NULL));
