-- A second factor for staff accounts (issue 9): an authenticator app's secret, encrypted like
-- identity numbers; set up (pending) until the first code confirms it; the last step used, so
-- that a code is never accepted twice.
ALTER TABLE "users" ADD COLUMN "totp_secret_encrypted" TEXT,
ADD COLUMN "totp_enabled_at" TIMESTAMPTZ(3),
ADD COLUMN "totp_last_step" INTEGER;

-- Whether staff must use it to act as staff; on unless an administrator turns it off.
ALTER TABLE "commune_settings" ADD COLUMN "staff_second_factor_required" BOOLEAN NOT NULL DEFAULT true;
