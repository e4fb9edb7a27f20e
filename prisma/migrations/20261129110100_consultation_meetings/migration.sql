-- In-person consultation meetings reuse the programme's civil-society meetings (issue 8).

-- CreateTable
CREATE TABLE "consultation_meetings" (
    "consultation_id" INTEGER NOT NULL,
    "meeting_id" INTEGER NOT NULL,
    "women" INTEGER NOT NULL DEFAULT 0,
    "men" INTEGER NOT NULL DEFAULT 0,
    "categories" TEXT,

    CONSTRAINT "consultation_meetings_pkey" PRIMARY KEY ("consultation_id","meeting_id")
);

-- CreateIndex
CREATE INDEX "consultation_meetings_meeting_id_idx" ON "consultation_meetings"("meeting_id");

-- AddForeignKey
ALTER TABLE "consultation_meetings" ADD CONSTRAINT "consultation_meetings_consultation_id_fkey" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "consultation_meetings" ADD CONSTRAINT "consultation_meetings_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "civil_society_meetings"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written constraints (the drift test ignores CHECKs).
ALTER TABLE "consultation_meetings" ADD CONSTRAINT "consultation_meetings_counts_not_negative" CHECK ("women" >= 0 AND "men" >= 0);
