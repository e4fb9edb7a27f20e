-- Each person chooses, per kind of notice, how they hear of it: an e-mail at once, a daily
-- digest, or only in the portal; e-mails carry a signed one-click unsubscribe link.

-- CreateEnum
CREATE TYPE "notice_delivery" AS ENUM ('immediate', 'daily_digest', 'in_app_only');

-- AlterTable
ALTER TABLE "notifications" ADD COLUMN "digested_at" TIMESTAMPTZ(3),
ADD COLUMN "email_deferred" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "email_subject" TEXT;

-- AlterTable
ALTER TABLE "outbox_messages" ADD COLUMN "list_unsubscribe" TEXT;

-- CreateTable
CREATE TABLE "notification_preferences" (
    "user_id" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "delivery" "notice_delivery" NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "notification_preferences_pkey" PRIMARY KEY ("user_id","category")
);

-- CreateIndex
CREATE INDEX "notifications_email_deferred_digested_at_idx" ON "notifications"("email_deferred", "digested_at");

-- AddForeignKey
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
