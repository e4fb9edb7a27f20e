// The participatory budget against the real database (lib/budget/service.ts, queries.ts, queue.ts):
// who may do what, proposals during their phase only, the technical review with its audit and
// notice, one ballot per person under concurrent changes, votes refused outside the vote and for
// unverified addresses, and the count turning funded proposals into programme projects once.
// Only "next/headers" is replaced, by a cookie jar holding a real session token (see helpers.ts).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getBallot, getBudgetOpenData, getBudgetOrigin, getProposal, getResults } from "@/lib/budget/queries";
import { budgetReviewQueue } from "@/lib/budget/queue";
import { BallotSchema, CycleSchema, ProposalEditSchema, ProposalSchema, ReviewSchema } from "@/lib/budget/schemas";
import { budgetPhase } from "@/lib/budget/rules";
import { castBallot, closePhase, createCycle, editProposal, reviewProposal, submitProposal, updateCycle } from "@/lib/budget/service";
import { addCalendarDays, isoDay, moroccanDay } from "@/lib/calendar/working-days";
import { db } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";
import { seed } from "@/prisma/seed/index";
import { asUser, createUser, resetDatabase, signOut, type TestUser } from "./helpers";

vi.mock("next/headers", async () => (await import("./helpers")).fakeNextHeaders);

const IP = "192.0.2.80";
const YEAR = moroccanDay(new Date()).getUTCFullYear();
const dayFromToday = (days: number) => isoDay(addCalendarDays(moroccanDay(new Date()), days));

let staff: TestUser;
let admin: TestUser;
let resident: TestUser;
let neighbour: TestUser;
let douarId: number;
let programmeId: number;
let axisId: number;

function cycleForm(values: Record<string, string> = {}) {
  return CycleSchema.parse({
    year: String(YEAR),
    envelopeMad: "500000",
    charterAr: "ميثاق الميزانية التشاركية",
    charterFr: "Charte du budget participatif",
    proposalsStart: dayFromToday(-1),
    proposalsEnd: dayFromToday(10),
    voteStart: dayFromToday(20),
    voteEnd: dayFromToday(30),
    programmeId: String(programmeId),
    axisId: String(axisId),
    ...values,
  });
}

async function openCycle(): Promise<number> {
  const result = await asUser(staff, () => createCycle(cycleForm(), IP));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return (await db.budgetCycle.findUniqueOrThrow({ where: { year: YEAR } })).id;
}

async function propose(as: TestUser, cycleId: number, title: string, cost: string): Promise<number> {
  const result = await asUser(as, () => submitProposal(ProposalSchema.parse({ cycleId: String(cycleId), title, description: "وصف المشروع ومنفعته للسكان.", douar: String(douarId), competence: "OWN", estimatedCostMad: cost })));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

async function review(proposalId: number, feasible: boolean, revisedCost = "") {
  const result = await asUser(staff, () => reviewProposal(ReviewSchema.parse({ proposalId: String(proposalId), feasible: feasible ? "yes" : "no", reason: feasible ? "قابل للإنجاز" : "خارج اختصاص الجماعة", revisedCostMad: revisedCost }), IP));
  if (!result.ok) throw new Error(JSON.stringify(result));
}

const close = (cycleId: number, action: "closeProposals" | "closeReview" | "closeVote" | "closeCycle", as: TestUser = staff) =>
  asUser(as, () => closePhase({ cycleId, action }, IP));

const vote = (as: TestUser, cycleId: number, proposalIds: number[]) =>
  asUser(as, () => castBallot(BallotSchema.parse({ cycleId: String(cycleId), proposalIds: proposalIds.map(String) })));

/** A cycle in its vote: three feasible projects (300 000, 250 000, 100 000 MAD) and one not feasible. */
async function cycleInVote() {
  const cycleId = await openCycle();
  const school = await propose(resident, cycleId, "تهيئة ساحة المدرسة", "280000");
  const well = await propose(neighbour, cycleId, "حفر بئر للدوار", "200000");
  const lights = await propose(resident, cycleId, "إنارة الطريق", "90000");
  const road = await propose(neighbour, cycleId, "طريق سيار", "90000000");
  await close(cycleId, "closeProposals");
  await review(school, true, "300000");
  await review(well, true, "250000");
  await review(lights, true, "100000");
  await review(road, false);
  expect((await close(cycleId, "closeReview")).ok).toBe(true);
  return { cycleId, school, well, lights, road };
}

beforeEach(async () => {
  signOut();
  await resetDatabase();
  await db.$executeRawUnsafe("TRUNCATE TABLE budget_ballot_choices, budget_ballots, budget_proposals, budget_cycles, douars, programmes, plan_axes, projects, notifications RESTART IDENTITY CASCADE");
  staff = await createUser({ roles: ["STAFF_EDITOR"] });
  admin = await createUser({ roles: ["ADMINISTRATOR"] });
  resident = await createUser({ locale: "fr-MA" });
  neighbour = await createUser({ roles: ["ASSOCIATION_REP"] });
  douarId = (await db.douar.create({ data: { slug: "douar-budget", nameAr: "دوار تجريبي", nameFr: "Douar test", isDemo: true } })).id;
  programmeId = (await db.programme.create({ data: { startYear: YEAR - 2, endYear: YEAR + 3, titleAr: "برنامج", titleFr: "Programme" } })).id;
  axisId = (await db.planAxis.create({ data: { number: 2, titleAr: "المحور", titleFr: "Axe" } })).id;
});

describe("permissions", () => {
  it("lets staff editors and administrators manage cycles, and nobody else", async () => {
    const bureau = await createUser({ roles: ["BUREAU_MEMBER"] });
    await expect(asUser(resident, () => createCycle(cycleForm(), IP))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(asUser(bureau, () => createCycle(cycleForm(), IP))).rejects.toBeInstanceOf(ForbiddenError);
    expect((await asUser(admin, () => createCycle(cycleForm(), IP))).ok).toBe(true);
    const cycleId = (await db.budgetCycle.findUniqueOrThrow({ where: { year: YEAR } })).id;
    await expect(close(cycleId, "closeProposals", resident)).rejects.toBeInstanceOf(ForbiddenError);
    const id = await propose(resident, cycleId, "مشروع", "1000");
    await expect(asUser(resident, () => reviewProposal(ReviewSchema.parse({ proposalId: String(id), feasible: "yes", reason: "x", revisedCostMad: "10" }), IP))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.auditEvent.count({ where: { action: "budget.cycle_created" } })).toBe(1);
  });

  it("refuses a second cycle for the same year and dates out of order", async () => {
    await openCycle();
    expect(await asUser(staff, () => createCycle(cycleForm(), IP))).toEqual({ ok: false, fieldErrors: { year: "yearTaken" } });
    expect(await asUser(staff, () => createCycle(cycleForm({ year: String(YEAR + 1), voteStart: dayFromToday(5) }), IP))).toEqual({ ok: false, fieldErrors: { voteStart: "datesOrder" } });
  });
});

describe("proposals and review", () => {
  it("accepts proposals and the author's edits during the proposal phase only", async () => {
    const cycleId = await openCycle();
    const id = await propose(resident, cycleId, "تهيئة ساحة", "150000");
    const edit = (as: TestUser, title: string) =>
      asUser(as, () => editProposal(ProposalEditSchema.parse({ proposalId: String(id), title, description: "وصف", douar: "commune", competence: "SHARED", estimatedCostMad: "160 000" })));
    expect(await edit(neighbour, "ليس لي")).toEqual({ ok: false, formError: "notYours" });
    expect((await edit(resident, "تهيئة ساحة الدوار")).ok).toBe(true);
    expect(await db.budgetProposal.findUniqueOrThrow({ where: { id }, select: { title: true, douarId: true, estimatedCostMad: true } })).toEqual({ title: "تهيئة ساحة الدوار", douarId: null, estimatedCostMad: 160_000 });
    expect((await asUser(resident, () => getProposal(id)))?.canEdit).toBe(true);

    expect((await close(cycleId, "closeProposals")).ok).toBe(true);
    expect(await edit(resident, "بعد الإغلاق")).toEqual({ ok: false, formError: "phaseClosed" });
    await expect(propose(resident, cycleId, "متأخر", "1000")).rejects.toThrow("phaseClosed");
    // Transitions only go forward.
    expect(await close(cycleId, "closeProposals")).toEqual({ ok: false, formError: "phaseClosed" });
    const cycle = await db.budgetCycle.findUniqueOrThrow({ where: { id: cycleId } });
    expect((await asUser(staff, () => updateCycle({ ...cycleForm(), cycleId, proposalsStart: cycle.proposalsStart }, IP))).ok).toBe(true);
  });

  it("records the review with its audit event and tells the author; the vote opens only when every proposal is reviewed", async () => {
    const cycleId = await openCycle();
    const id = await propose(resident, cycleId, "حفر بئر", "200000");
    expect(await asUser(staff, () => reviewProposal(ReviewSchema.parse({ proposalId: String(id), feasible: "yes", reason: "ممكن", revisedCostMad: "1" }), IP))).toEqual({ ok: false, formError: "phaseClosed" });
    await close(cycleId, "closeProposals");
    const queue = await budgetReviewQueue.load({ locale: "fr-MA", now: new Date(), limit: 5 });
    expect(queue.items.map((i) => i.href)).toEqual([`/admin/budget/proposals/${id}`]);
    expect(await close(cycleId, "closeReview")).toEqual({ ok: false, formError: "reviewPending" });
    expect(ReviewSchema.safeParse({ proposalId: String(id), feasible: "yes", reason: "ممكن", revisedCostMad: "" }).success).toBe(false);
    await review(id, true, "220 000");
    expect(await db.budgetProposal.findUniqueOrThrow({ where: { id }, select: { status: true, revisedCostMad: true } })).toEqual({ status: "FEASIBLE", revisedCostMad: 220_000 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "budget.proposal_reviewed" } });
    expect(audit).toMatchObject({ actorId: staff.id, targetId: String(id), after: { status: "FEASIBLE", revisedCostMad: 220_000 } });
    expect(await db.notification.findMany({ where: { userId: resident.id }, select: { kind: true } })).toEqual([{ kind: "participation.budget_reviewed" }]);
    expect(await db.outboxMessage.count({ where: { toAddress: resident.email } })).toBe(1);
    expect((await budgetReviewQueue.load({ locale: "fr-MA", now: new Date(), limit: 5 })).total).toBe(0);
    expect((await close(cycleId, "closeReview")).ok).toBe(true);
  });
});

describe("the vote", () => {
  it("is refused before the vote opens, for an unverified address, and over the envelope", async () => {
    const cycleId = await openCycle();
    const id = await propose(resident, cycleId, "إنارة", "100000");
    await close(cycleId, "closeProposals");
    await review(id, true, "100000");
    expect(await vote(resident, cycleId, [id])).toEqual({ ok: false, formError: "phaseClosed" });
    await close(cycleId, "closeReview");
    const unverified = await createUser({ verified: false });
    expect(await vote(unverified, cycleId, [id])).toEqual({ ok: false, formError: "emailNotVerified" });
    await expect(vote(staff, cycleId, [id])).resolves.toMatchObject({ ok: true });
    expect(await db.budgetBallot.count()).toBe(1);
  });

  it("says by how much the envelope is exceeded, and refuses projects not on the ballot", async () => {
    const { cycleId, school, well, lights, road } = await cycleInVote();
    expect(await vote(resident, cycleId, [school, well])).toEqual({ ok: false, formError: "overEnvelope", total: 550_000, excess: 50_000 });
    expect(await vote(resident, cycleId, [road])).toEqual({ ok: false, formError: "invalidChoice" });
    expect(await vote(resident, cycleId, [])).toEqual({ ok: false, formError: "noChoice" });
    expect(await vote(resident, cycleId, [school, lights])).toEqual({ ok: true, data: { total: 400_000, count: 2 } });
    expect(await db.budgetBallot.count()).toBe(0 + 1);
  });

  it("keeps exactly one ballot per person when changes arrive at the same time", async () => {
    const { cycleId, school, well, lights } = await cycleInVote();
    const choices = [[school], [well], [lights], [school, lights], [well, lights], [school], [well]];
    const results = await Promise.all(choices.map((c) => vote(resident, cycleId, c)));
    expect(results.every((r) => r.ok)).toBe(true);
    const ballots = await db.budgetBallot.findMany({ where: { voterId: resident.id }, select: { choices: { select: { proposalId: true }, orderBy: { proposalId: "asc" } } } });
    expect(ballots).toHaveLength(1);
    // The ballot holds one of the submitted sets whole, never a mixture.
    const held = ballots[0]!.choices.map((c) => c.proposalId);
    expect(choices.map((c) => [...c].sort((a, b) => a - b).join())).toContain(held.join());
    // The voter sees their own ballot.
    const mine = await asUser(resident, () => getBallot(YEAR));
    expect(mine?.mine?.proposalIds.sort((a, b) => a - b)).toEqual(held);
    expect((await asUser(neighbour, () => getBallot(YEAR)))?.mine).toBeNull();
  });

  it("counts exactly, funds by rank within the envelope, and makes programme projects exactly once", async () => {
    const { cycleId, school, well, lights, road } = await cycleInVote();
    const voters = await Promise.all([1, 2, 3].map(() => createUser()));
    await vote(voters[0]!, cycleId, [school, lights]);
    await vote(voters[1]!, cycleId, [school]);
    await vote(voters[2]!, cycleId, [well, lights]);
    await vote(resident, cycleId, [well]);
    // The resident changes their mind before the close.
    await vote(resident, cycleId, [lights]);

    const [first, second] = await Promise.all([close(cycleId, "closeVote"), close(cycleId, "closeVote", admin)]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect(await vote(neighbour, cycleId, [lights])).toEqual({ ok: false, formError: "phaseClosed" });

    const rows = await db.budgetProposal.findMany({ where: { cycleId }, orderBy: { id: "asc" }, select: { id: true, voteCount: true, rank: true, funded: true, projectId: true } });
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    // lights 3 votes, school 2, well 1: lights (100 000) + school (300 000) fit in 500 000; well (250 000) does not.
    expect(byId[lights]).toMatchObject({ voteCount: 3, rank: 1, funded: true });
    expect(byId[school]).toMatchObject({ voteCount: 2, rank: 2, funded: true });
    expect(byId[well]).toMatchObject({ voteCount: 1, rank: 3, funded: false, projectId: null });
    expect(byId[road]).toMatchObject({ voteCount: null, rank: null, funded: false });

    const projects = await db.project.findMany({ orderBy: { id: "asc" }, select: { id: true, code: true, programmeId: true, axisId: true, estimatedCostMad: true, status: true, douars: { select: { douarId: true } } } });
    expect(projects).toHaveLength(2);
    expect(projects.map((p) => p.code).sort()).toEqual([`BP${YEAR}-${lights}`, `BP${YEAR}-${school}`].sort());
    expect(projects.every((p) => p.programmeId === programmeId && p.axisId === axisId && p.status === "PLANNED" && p.douars[0]?.douarId === douarId)).toBe(true);
    expect(await getBudgetOrigin(byId[lights]!.projectId!)).toEqual({ id: lights, cycle: { year: YEAR } });
    expect(await db.notification.count({ where: { kind: "participation.budget_results" } })).toBe(3);
    expect(await db.auditEvent.count({ where: { action: "budget.results_published" } })).toBe(1);

    // Closing again changes nothing.
    expect(await close(cycleId, "closeVote")).toEqual({ ok: false, formError: "phaseClosed" });
    expect(await db.project.count()).toBe(2);

    const results = await getResults(YEAR);
    expect(results?.results?.ballots).toBe(4);
    expect(results?.results?.fundedTotal).toBe(400_000);
    const open = await getBudgetOpenData(YEAR);
    expect(open?.rows.find((r) => r.proposal_id === lights)).toMatchObject({ votes: 3, rank: 1, funded: true, project_code: `BP${YEAR}-${lights}` });
    // Aggregates only: nothing in the open data names a voter or an author.
    const text = JSON.stringify(open);
    for (const person of [resident, neighbour, ...voters]) {
      expect(text).not.toContain(person.id);
      expect(text).not.toContain(person.email);
    }
    expect((await close(cycleId, "closeCycle")).ok).toBe(true);
  });
});

describe("the demo seed", () => {
  it("has a finished 2026 cycle whose counts match its ballots and whose funded proposal is a programme project, and a 2027 cycle open for proposals", async () => {
    await db.$executeRawUnsafe("TRUNCATE TABLE commune_settings, douars, plan_activities, plan_axes, associations, user_roles, users, programmes RESTART IDENTITY CASCADE");
    await seed(db);
    await seed(db);
    const cycles = await db.budgetCycle.findMany({ orderBy: { year: "asc" }, include: { proposals: { include: { _count: { select: { choices: true } } } } } });
    expect(cycles.map((c) => [c.year, budgetPhase(c, new Date())])).toEqual([[2026, "DONE"], [2027, "PROPOSALS"]]);
    const [done, open] = cycles;
    for (const p of done!.proposals.filter((p) => p.status === "FEASIBLE")) expect(p.voteCount).toBe(p._count.choices);
    const funded = done!.proposals.filter((p) => p.funded);
    expect(funded).toHaveLength(1);
    expect(await getBudgetOrigin(funded[0]!.projectId!)).toEqual({ id: funded[0]!.id, cycle: { year: 2026 } });
    expect(open!.proposals.length).toBeGreaterThan(0);
  });
});
