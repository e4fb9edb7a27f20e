-- CreateTable
CREATE TABLE "civil_society_meetings" (
    "id" SERIAL NOT NULL,
    "programme_id" INTEGER NOT NULL,
    "scheduled_at" TIMESTAMPTZ(3) NOT NULL,
    "place_ar" TEXT NOT NULL,
    "place_fr" TEXT NOT NULL,
    "agenda_ar" TEXT NOT NULL,
    "agenda_fr" TEXT NOT NULL,
    "minutes_ar" TEXT,
    "minutes_fr" TEXT,
    "minutes_published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "civil_society_meetings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting_invitations" (
    "meeting_id" INTEGER NOT NULL,
    "association_id" INTEGER NOT NULL,
    "confirmed_at" TIMESTAMPTZ(3),

    CONSTRAINT "meeting_invitations_pkey" PRIMARY KEY ("meeting_id","association_id")
);

-- CreateTable
CREATE TABLE "meeting_decisions" (
    "id" SERIAL NOT NULL,
    "meeting_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "text_ar" TEXT NOT NULL,
    "text_fr" TEXT NOT NULL,
    "due_on" DATE,
    "done_at" TIMESTAMPTZ(3),

    CONSTRAINT "meeting_decisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annual_evaluations" (
    "id" SERIAL NOT NULL,
    "programme_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "figures" JSONB NOT NULL,
    "narrative_ar" TEXT NOT NULL DEFAULT '',
    "narrative_fr" TEXT NOT NULL DEFAULT '',
    "summary_ar" TEXT NOT NULL DEFAULT '',
    "summary_fr" TEXT NOT NULL DEFAULT '',
    "generated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),

    CONSTRAINT "annual_evaluations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "civil_society_meetings_programme_id_scheduled_at_idx" ON "civil_society_meetings"("programme_id", "scheduled_at");

-- CreateIndex
CREATE INDEX "meeting_invitations_association_id_idx" ON "meeting_invitations"("association_id");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_decisions_meeting_id_position_key" ON "meeting_decisions"("meeting_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "annual_evaluations_programme_id_year_key" ON "annual_evaluations"("programme_id", "year");

-- AddForeignKey
ALTER TABLE "civil_society_meetings" ADD CONSTRAINT "civil_society_meetings_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "civil_society_meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_invitations" ADD CONSTRAINT "meeting_invitations_association_id_fkey" FOREIGN KEY ("association_id") REFERENCES "associations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_decisions" ADD CONSTRAINT "meeting_decisions_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "civil_society_meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annual_evaluations" ADD CONSTRAINT "annual_evaluations_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Beyond Prisma's model (hand-written; Prisma neither generates nor diffs CHECKs).
-- ---------------------------------------------------------------------------------------------

-- AddCheckConstraint: minutes are published only once written.
ALTER TABLE "civil_society_meetings" ADD CONSTRAINT "civil_society_meetings_minutes_before_publication"
    CHECK ("minutes_published_at" IS NULL OR "minutes_ar" IS NOT NULL);

-- AddCheckConstraint: a published evaluation has its summary (decree 2.16.301 art. 15).
ALTER TABLE "annual_evaluations" ADD CONSTRAINT "annual_evaluations_summary_before_publication"
    CHECK ("published_at" IS NULL OR length(btrim("summary_ar")) > 0);
