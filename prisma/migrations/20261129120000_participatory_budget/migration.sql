-- Participatory budget (issue 8): cycles, proposals, one ballot per person and cycle.

-- CreateEnum
CREATE TYPE "budget_proposal_status" AS ENUM ('submitted', 'feasible', 'not_feasible');

-- CreateTable
CREATE TABLE "budget_cycles" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "envelope_mad" INTEGER NOT NULL,
    "charter_ar" TEXT NOT NULL,
    "charter_fr" TEXT NOT NULL,
    "proposals_start" DATE NOT NULL,
    "proposals_end" DATE NOT NULL,
    "vote_start" DATE NOT NULL,
    "vote_end" DATE NOT NULL,
    "programme_id" INTEGER NOT NULL,
    "axis_id" INTEGER NOT NULL,
    "proposals_closed_at" TIMESTAMPTZ(3),
    "review_closed_at" TIMESTAMPTZ(3),
    "vote_closed_at" TIMESTAMPTZ(3),
    "results_published_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "budget_cycles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "budget_proposals" (
    "id" SERIAL NOT NULL,
    "cycle_id" INTEGER NOT NULL,
    "author_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "douar_id" INTEGER,
    "competence" "competence" NOT NULL,
    "estimated_cost_mad" INTEGER NOT NULL,
    "status" "budget_proposal_status" NOT NULL DEFAULT 'submitted',
    "review_reason" TEXT,
    "revised_cost_mad" INTEGER,
    "reviewed_at" TIMESTAMPTZ(3),
    "reviewed_by_id" UUID,
    "vote_count" INTEGER,
    "rank" INTEGER,
    "funded" BOOLEAN NOT NULL DEFAULT false,
    "project_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "budget_proposals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "budget_ballots" (
    "id" SERIAL NOT NULL,
    "cycle_id" INTEGER NOT NULL,
    "voter_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "budget_ballots_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "budget_ballot_choices" (
    "ballot_id" INTEGER NOT NULL,
    "proposal_id" INTEGER NOT NULL,

    CONSTRAINT "budget_ballot_choices_pkey" PRIMARY KEY ("ballot_id","proposal_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "budget_cycles_year_key" ON "budget_cycles"("year");

-- CreateIndex
CREATE UNIQUE INDEX "budget_proposals_project_id_key" ON "budget_proposals"("project_id");

-- CreateIndex
CREATE INDEX "budget_proposals_cycle_id_status_idx" ON "budget_proposals"("cycle_id", "status");

-- CreateIndex
CREATE INDEX "budget_proposals_author_id_idx" ON "budget_proposals"("author_id");

-- CreateIndex
CREATE UNIQUE INDEX "budget_ballots_cycle_id_voter_id_key" ON "budget_ballots"("cycle_id", "voter_id");

-- CreateIndex
CREATE INDEX "budget_ballot_choices_proposal_id_idx" ON "budget_ballot_choices"("proposal_id");

-- AddForeignKey
ALTER TABLE "budget_cycles" ADD CONSTRAINT "budget_cycles_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_cycles" ADD CONSTRAINT "budget_cycles_axis_id_fkey" FOREIGN KEY ("axis_id") REFERENCES "plan_axes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_proposals" ADD CONSTRAINT "budget_proposals_cycle_id_fkey" FOREIGN KEY ("cycle_id") REFERENCES "budget_cycles"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_proposals" ADD CONSTRAINT "budget_proposals_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_proposals" ADD CONSTRAINT "budget_proposals_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_proposals" ADD CONSTRAINT "budget_proposals_douar_id_fkey" FOREIGN KEY ("douar_id") REFERENCES "douars"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_proposals" ADD CONSTRAINT "budget_proposals_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_ballots" ADD CONSTRAINT "budget_ballots_cycle_id_fkey" FOREIGN KEY ("cycle_id") REFERENCES "budget_cycles"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_ballots" ADD CONSTRAINT "budget_ballots_voter_id_fkey" FOREIGN KEY ("voter_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_ballot_choices" ADD CONSTRAINT "budget_ballot_choices_ballot_id_fkey" FOREIGN KEY ("ballot_id") REFERENCES "budget_ballots"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_ballot_choices" ADD CONSTRAINT "budget_ballot_choices_proposal_id_fkey" FOREIGN KEY ("proposal_id") REFERENCES "budget_proposals"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
