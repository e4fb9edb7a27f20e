import "server-only";
// When each dataset of the catalogue last changed, and which participatory-budget years have a
// file: for the /open-data page and /api/open/catalogue.json. Only public rows count (the same
// filters as the exports).
import { db } from "@/lib/db/client";
import { getCurrentProgramme } from "@/lib/programme/queries";
import { DATASETS, type Dataset } from "./catalogue";

export type DatasetStatus = { dataset: Dataset; modified: Date | null; years: number[] };

export async function catalogueStatus(): Promise<DatasetStatus[]> {
  const programme = await getCurrentProgramme();
  const now = new Date();
  const [projects, updates, petitions, topics, documents, cycles, consultations, sessions, requests] = await Promise.all([
    programme ? db.project.aggregate({ where: { programmeId: programme.id }, _max: { updatedAt: true } }) : null,
    programme ? db.progressUpdate.aggregate({ where: { project: { programmeId: programme.id } }, _max: { recordedAt: true } }) : null,
    db.petition.aggregate({ where: { status: { not: "DRAFT" } }, _max: { updatedAt: true } }),
    db.forumTopic.aggregate({ where: { hiddenAt: null }, _max: { updatedAt: true } }),
    db.document.aggregate({ where: { status: "PUBLISHED" }, _max: { updatedAt: true } }),
    db.budgetCycle.findMany({ orderBy: { year: "desc" }, select: { year: true, updatedAt: true } }),
    // The file holds closed consultations only: it changes when one closes.
    db.consultation.aggregate({ where: { closesAt: { lte: now } }, _max: { closesAt: true } }),
    db.councilSession.aggregate({ where: { agendaPublishedAt: { not: null } }, _max: { agendaPublishedAt: true, decisionsPublishedAt: true } }),
    // The figures change when a request arrives or is answered.
    db.informationRequest.aggregate({ _max: { createdAt: true, answeredOn: true } }),
  ]);
  const latest = (...dates: (Date | null | undefined)[]) => dates.reduce<Date | null>((max, d) => (d && (!max || d > max) ? d : max), null);
  const modified: Record<string, Date | null> = {
    "action-programme": latest(projects?._max.updatedAt, updates?._max.recordedAt),
    petitions: petitions._max.updatedAt,
    "douar-forum": topics._max.updatedAt,
    documents: documents._max.updatedAt,
    "participatory-budget": latest(...cycles.map((c) => c.updatedAt)),
    consultations: consultations._max.closesAt,
    "council-sessions": latest(sessions._max.agendaPublishedAt, sessions._max.decisionsPublishedAt),
    "progress-updates": updates?._max.recordedAt ?? null,
    "information-statistics": latest(requests._max.createdAt, requests._max.answeredOn),
  };
  return DATASETS.map((dataset) => ({
    dataset,
    modified: modified[dataset.id] ?? null,
    years: dataset.perYear ? cycles.map((c) => c.year) : [],
  }));
}
