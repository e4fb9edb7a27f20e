-- CreateTable
CREATE TABLE "committee_trainings" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT NOT NULL,
    "materials_url" TEXT,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "committee_trainings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "training_registrations" (
    "training_id" INTEGER NOT NULL,
    "user_id" UUID NOT NULL,
    "gender" "gender",
    "attended" BOOLEAN,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "training_registrations_pkey" PRIMARY KEY ("training_id","user_id")
);

-- CreateIndex
CREATE INDEX "committee_trainings_starts_at_idx" ON "committee_trainings"("starts_at");

-- CreateIndex
CREATE INDEX "committee_trainings_created_by_id_idx" ON "committee_trainings"("created_by_id");

-- CreateIndex
CREATE INDEX "training_registrations_user_id_idx" ON "training_registrations"("user_id");

-- AddForeignKey
ALTER TABLE "committee_trainings" ADD CONSTRAINT "committee_trainings_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_training_id_fkey" FOREIGN KEY ("training_id") REFERENCES "committee_trainings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
