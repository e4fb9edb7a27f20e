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
