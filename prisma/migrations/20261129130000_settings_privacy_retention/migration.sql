-- Commune settings an administrator edits (issue 9): the official social accounts shown in the
-- footer, how long signatories' personal data is kept after the decision (law 09-08 art. 3), and
-- the CNDP authorisation number the privacy notice cites.
ALTER TABLE "commune_settings" ADD COLUMN "facebook_url" TEXT,
ADD COLUMN "instagram_url" TEXT,
ADD COLUMN "youtube_url" TEXT,
ADD COLUMN "signatory_data_retention_months" INTEGER NOT NULL DEFAULT 6,
ADD COLUMN "cndp_authorisation" TEXT;

-- When the council decided on an accepted petition, and when its signatories' data was anonymised.
ALTER TABLE "petitions" ADD COLUMN "council_decided_at" TIMESTAMPTZ(3),
ADD COLUMN "personal_data_purged_at" TIMESTAMPTZ(3);

-- A copy of the signatory's national identity card (decree 2.16.403 art. 3), encrypted in the file store.
ALTER TABLE "petition_signatures" ADD COLUMN "id_copy_key" TEXT,
ADD COLUMN "id_copy_mime_type" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "petition_signatures_id_copy_key_key" ON "petition_signatures"("id_copy_key");
