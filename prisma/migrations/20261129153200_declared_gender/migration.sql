-- Issue 5 (gender lens): a person may declare their gender on their account, optionally, so that the
-- portal's participation figures (petition mandataires, forum participants) can be given by gender.
-- Used only in aggregates, never shown per person.
ALTER TABLE "users" ADD COLUMN "declared_gender" "gender";
