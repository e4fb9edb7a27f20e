import "server-only";
// Staff edits of a project's tracking data: milestones, indicators and their yearly values,
// funding lines. Like lib/programme/service.ts, each function checks "programme.manage" itself and
// writes its change and one audit event in one transaction, with the project's row locked.
import { auditDiff, recordAudit } from "@/lib/audit/record";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { isOutsideProgramme } from "./rules";
import { lockProject } from "./service";
import type { ServiceResult } from "@/lib/forms/form-state";
import type {
  FundingAddInput,
  FundingRemoveInput,
  IndicatorAddInput,
  IndicatorValueInput,
  MilestoneAddInput,
  MilestoneEditInput,
} from "./tracking-schemas";

type Done = ServiceResult<{ code: string }>;
const NOT_FOUND = { ok: false, formError: "notFound" } as const;

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

function milestoneSnapshot(m: { titleAr: string; titleFr: string; dueOn: Date | null; doneOn: Date | null }) {
  return { titleAr: m.titleAr, titleFr: m.titleFr, dueOn: day(m.dueOn), doneOn: day(m.doneOn) };
}

/**
 * A milestone's dates fall within its programme's years (a project is carried out within its
 * programme, organic law 113.14 art. 78): the first field out of range, or null.
 */
async function milestoneDateOutside(projectId: number, input: { dueOn: Date | null; doneOn: Date | null }): Promise<Done | null> {
  const project = await db.project.findUnique({ where: { id: projectId }, select: { programme: { select: { startYear: true, endYear: true } } } });
  if (!project) return NOT_FOUND;
  for (const field of ["dueOn", "doneOn"] as const) {
    const date = input[field];
    if (date && isOutsideProgramme(date.getUTCFullYear(), project.programme)) return { ok: false, fieldErrors: { [field]: "dateOutsideProgramme" } };
  }
  return null;
}

/** Adds a milestone after the project's last one. */
export async function addMilestone(input: MilestoneAddInput, ip: string | null): Promise<Done> {
  const actor = await requirePermission("programme.manage");
  const refused = await milestoneDateOutside(input.projectId, input);
  if (refused) return refused;
  return db.$transaction(async (tx): Promise<Done> => {
    const code = await lockProject(tx, input.projectId);
    if (!code) return NOT_FOUND;
    const last = await tx.milestone.aggregate({ where: { projectId: input.projectId }, _max: { position: true } });
    const position = (last._max.position ?? 0) + 1;
    const data = { titleAr: input.titleAr, titleFr: input.titleFr, dueOn: input.dueOn, doneOn: input.doneOn };
    const created = await tx.milestone.create({ data: { ...data, projectId: input.projectId, position }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id, action: "milestone.added", targetType: "project", targetId: String(input.projectId),
      after: { milestoneId: created.id, position, ...milestoneSnapshot(data) }, ip,
    });
    return { ok: true, data: { code } };
  });
}

/** Edits a milestone's titles and dates; its position does not change. */
export async function updateMilestone(input: MilestoneEditInput, ip: string | null): Promise<Done> {
  const actor = await requirePermission("programme.manage");
  const found = await db.milestone.findUnique({ where: { id: input.milestoneId }, select: { projectId: true } });
  if (!found) return NOT_FOUND;
  const refused = await milestoneDateOutside(found.projectId, input);
  if (refused) return refused;
  return db.$transaction(async (tx): Promise<Done> => {
    const code = await lockProject(tx, found.projectId);
    const current = await tx.milestone.findUnique({ where: { id: input.milestoneId } });
    if (!code || !current) return NOT_FOUND;
    const data = { titleAr: input.titleAr, titleFr: input.titleFr, dueOn: input.dueOn, doneOn: input.doneOn };
    const diff = auditDiff(milestoneSnapshot(current), milestoneSnapshot(data));
    if (diff.changed) {
      await tx.milestone.update({ where: { id: current.id }, data });
      await recordAudit(tx, {
        actorId: actor.id, action: "milestone.updated", targetType: "project", targetId: String(current.projectId),
        before: { milestoneId: current.id, ...diff.before }, after: { milestoneId: current.id, ...diff.after }, ip,
      });
    }
    return { ok: true, data: { code } };
  });
}

export async function addIndicator(input: IndicatorAddInput, ip: string | null): Promise<Done> {
  const actor = await requirePermission("programme.manage");
  return db.$transaction(async (tx): Promise<Done> => {
    const code = await lockProject(tx, input.projectId);
    if (!code) return NOT_FOUND;
    const { projectId, ...data } = input;
    const created = await tx.indicator.create({ data: { ...data, projectId }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id, action: "indicator.added", targetType: "project", targetId: String(projectId),
      after: { indicatorId: created.id, ...data }, ip,
    });
    return { ok: true, data: { code } };
  });
}

/** Sets (or changes) an indicator's value for a year of the project's programme. */
export async function setIndicatorValue(input: IndicatorValueInput, ip: string | null): Promise<Done> {
  const actor = await requirePermission("programme.manage");
  const indicator = await db.indicator.findUnique({
    where: { id: input.indicatorId },
    select: { projectId: true, project: { select: { programme: { select: { startYear: true, endYear: true } } } } },
  });
  if (!indicator) return NOT_FOUND;
  if (isOutsideProgramme(input.year, indicator.project.programme)) return { ok: false, fieldErrors: { year: "outsideProgramme" } };
  return db.$transaction(async (tx): Promise<Done> => {
    const code = await lockProject(tx, indicator.projectId);
    if (!code) return NOT_FOUND;
    const key = { indicatorId_year: { indicatorId: input.indicatorId, year: input.year } };
    const previous = await tx.indicatorValue.findUnique({ where: key, select: { value: true } });
    if (previous?.value === input.value) return { ok: true, data: { code } };
    await tx.indicatorValue.upsert({ where: key, create: { indicatorId: input.indicatorId, year: input.year, value: input.value }, update: { value: input.value } });
    await recordAudit(tx, {
      actorId: actor.id, action: "indicator.value_set", targetType: "project", targetId: String(indicator.projectId),
      before: previous ? { indicatorId: input.indicatorId, year: input.year, value: previous.value } : undefined,
      after: { indicatorId: input.indicatorId, year: input.year, value: input.value }, ip,
    });
    return { ok: true, data: { code } };
  });
}

export async function addFundingLine(input: FundingAddInput, ip: string | null): Promise<Done> {
  const actor = await requirePermission("programme.manage");
  return db.$transaction(async (tx): Promise<Done> => {
    const code = await lockProject(tx, input.projectId);
    if (!code) return NOT_FOUND;
    const { projectId, ...data } = input;
    const created = await tx.fundingLine.create({ data: { ...data, projectId }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actor.id, action: "funding.added", targetType: "project", targetId: String(projectId),
      after: { fundingLineId: created.id, ...data }, ip,
    });
    return { ok: true, data: { code } };
  });
}

export async function removeFundingLine(input: FundingRemoveInput, ip: string | null): Promise<Done> {
  const actor = await requirePermission("programme.manage");
  const found = await db.fundingLine.findUnique({ where: { id: input.fundingLineId }, select: { projectId: true } });
  if (!found) return NOT_FOUND;
  return db.$transaction(async (tx): Promise<Done> => {
    const code = await lockProject(tx, found.projectId);
    const line = await tx.fundingLine.findUnique({ where: { id: input.fundingLineId } });
    if (!code || !line) return NOT_FOUND;
    await tx.fundingLine.delete({ where: { id: line.id } });
    await recordAudit(tx, {
      actorId: actor.id, action: "funding.removed", targetType: "project", targetId: String(line.projectId),
      before: { fundingLineId: line.id, partner: line.partner, amountMad: line.amountMad, agreementRef: line.agreementRef }, ip,
    });
    return { ok: true, data: { code } };
  });
}

/** The project with its tracking data, as the tracking page needs it. */
export async function getProjectTracking(code: string) {
  await requirePermission("programme.manage");
  return db.project.findUnique({
    where: { code },
    select: {
      id: true, code: true, titleAr: true, titleFr: true,
      programme: { select: { startYear: true, endYear: true } },
      milestones: { orderBy: { position: "asc" } },
      indicators: { orderBy: { id: "asc" }, include: { values: { orderBy: { year: "asc" } } } },
      fundingLines: { orderBy: { id: "asc" } },
    },
  });
}
