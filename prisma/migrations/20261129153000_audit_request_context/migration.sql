-- Issue 9: each audit event says in which role(s) the actor acted and which request caused it
-- (the id proxy.ts gives every request and writes on every log line).
ALTER TABLE "audit_events" ADD COLUMN "actor_roles" TEXT;
ALTER TABLE "audit_events" ADD COLUMN "request_id" TEXT;
CREATE INDEX "audit_events_request_id_idx" ON "audit_events" ("request_id");
