// The authorization matrix over every server action (issue 11; the pages are covered by
// authorization.spec.ts). The actions are read from the production build under test (its
// server-reference manifest maps each action id to its module and export), so a new action is
// covered at once — and fails this test until ACTION_RULES says who may call it.
//
// Each action is called over HTTP as the browser calls it (a POST with the `Next-Action` header and
// the arguments encoded as React encodes them), by every kind of visitor whom its rule refuses,
// with a forged form naming records that belong to someone else (another resident's forum topic,
// another representative's petition, a committee meeting…). A refusal must change nothing in the
// database (a journal of row writes, filled by triggers during this test only, must stay empty),
// must not answer as a success (a redirect elsewhere than the sign-in page, or a "success" form
// state), and no call may answer 5xx. Visitors whom the rule allows are not sent the forged form:
// the demo data the other specs rely on stays as it is.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { can, type Permission } from "../../lib/auth/permissions";
import { BASE_URL, E2E_DATABASE_NAME } from "./config";
import { signedInClient } from "./crawl";
import { typedDay } from "./helpers";

/** The kinds of visitor of the page matrix (authorization.spec.ts): anonymous, then one demo account each. */
const PEOPLE = ["citizen", "association", "editor", "bureau", "information-officer", "committee-chair", "committee-rapporteur", "admin"] as const;
type Visitor = (typeof PEOPLE)[number] | "anonymous";

/** Who may call an action, read from the action and the service function it calls. */
type Rule =
  /** Anyone, signed in or not (registering, signing in, filing an information request…): only "never a 5xx" is checked, with an empty form, as an anonymous visitor. */
  | { public: true }
  /** Anyone signed in, on their own account or records (the form names no one else's). */
  | { signedIn: true }
  | { permission: Permission }
  /** Only the record's owner: with someone else's record every visitor is refused, whatever their roles. */
  | { owner: true }
  /** A rule of its own (the equality committee's workspace: active members, the chair, the administrator). */
  | { visitors: Visitor[] };

const signedIn = { signedIn: true } as const;
const open = { public: true } as const;
const owner = { owner: true } as const;
const perm = (permission: Permission) => ({ permission });
const CHAIR_ADMIN: Rule = { visitors: ["committee-chair", "admin"] };
const SUBMITTERS: Rule = { visitors: ["committee-chair", "committee-rapporteur"] };
const BUREAU_ADMIN: Rule = { visitors: ["bureau", "admin"] }; // committee.record_responses with admin.access

/** Keyed by "<module>#<export>", as the build's manifest names them. */
const ACTION_RULES: Record<string, Rule> = {
  "lib/accounts/actions.ts#registerAction": open,
  "lib/accounts/actions.ts#signInAction": open,
  "lib/accounts/actions.ts#signOutAction": open,
  "lib/accounts/actions.ts#resendVerificationAction": open,
  "lib/accounts/actions.ts#verifyEmailAction": open,
  "lib/accounts/actions.ts#requestPasswordResetAction": open,
  "lib/accounts/actions.ts#resetPasswordAction": open,
  "lib/accounts/actions.ts#changePasswordAction": signedIn,
  "lib/accounts/actions.ts#beginSecondFactorAction": signedIn,
  "lib/accounts/actions.ts#confirmSecondFactorAction": signedIn,
  "lib/accounts/actions.ts#saveDeclaredGenderAction": signedIn,
  "lib/associations/actions.ts#registerAssociationAction": perm("account.manage"),
  "lib/associations/actions.ts#decideAssociationAction": perm("associations.verify"),
  "lib/audit-reports/actions.ts#createReportAction": perm("audit_reports.manage"),
  "lib/audit-reports/actions.ts#updateReportAction": perm("audit_reports.manage"),
  "lib/audit-reports/actions.ts#publishReportAction": perm("audit_reports.manage"),
  "lib/audit-reports/actions.ts#addRecommendationAction": perm("audit_reports.manage"),
  "lib/audit-reports/actions.ts#followUpAction": perm("audit_reports.manage"),
  "lib/budget/actions.ts#submitProposalAction": perm("budget.propose"),
  "lib/budget/actions.ts#editProposalAction": owner,
  "lib/budget/actions.ts#voteAction": perm("budget.vote"),
  "lib/budget/actions.ts#createCycleAction": perm("budget.manage"),
  "lib/budget/actions.ts#updateCycleAction": perm("budget.manage"),
  "lib/budget/actions.ts#reviewProposalAction": perm("budget.manage"),
  "lib/budget/actions.ts#closePhaseAction": perm("budget.manage"),
  "lib/consultations/actions.ts#openConsultationAction": perm("consultations.manage"),
  "lib/consultations/actions.ts#updateConsultationAction": perm("consultations.manage"),
  "lib/consultations/actions.ts#publishSynthesisAction": perm("consultations.manage"),
  "lib/consultations/actions.ts#submitResponseAction": perm("consultations.answer"),
  "lib/consultations/actions.ts#linkMeetingAction": perm("consultations.manage"),
  "lib/documents/actions.ts#createDocumentAction": perm("documents.publish"),
  "lib/documents/actions.ts#updateDocumentAction": perm("documents.publish"),
  "lib/documents/actions.ts#replaceDocumentFileAction": perm("documents.publish"),
  "lib/documents/actions.ts#publishDocumentAction": perm("documents.publish"),
  "lib/documents/actions.ts#unpublishDocumentAction": perm("documents.publish"),
  "lib/equality/actions.ts#saveSettingsAction": perm("settings.manage"),
  "lib/equality/actions.ts#saveMemberAction": perm("committee.manage_members"),
  "lib/equality/actions.ts#scheduleMeetingAction": CHAIR_ADMIN,
  "lib/equality/actions.ts#saveMinutesAction": SUBMITTERS,
  "lib/equality/actions.ts#createOpinionAction": SUBMITTERS,
  "lib/equality/actions.ts#advanceOpinionAction": SUBMITTERS,
  "lib/equality/actions.ts#councilResponseAction": BUREAU_ADMIN,
  "lib/equality/actions.ts#createTrainingAction": CHAIR_ADMIN,
  "lib/equality/actions.ts#trainingAttendanceAction": CHAIR_ADMIN,
  "lib/equality/actions.ts#registerTrainingAction": signedIn,
  "lib/equality/actions.ts#unregisterTrainingAction": signedIn,
  "lib/equality/actions.ts#createMeansRequestAction": { visitors: ["committee-chair", "committee-rapporteur", "admin"] },
  "lib/equality/actions.ts#answerMeansRequestAction": BUREAU_ADMIN,
  // The committee's library (the form's space): any workspace member adds; removing another's file is the chair's.
  "lib/equality/actions.ts#addCommitteeDocumentAction": { visitors: ["committee-chair", "committee-rapporteur", "admin"] },
  "lib/equality/actions.ts#removeCommitteeDocumentAction": CHAIR_ADMIN,
  "lib/forum/actions.ts#createTopicAction": perm("forum.post"),
  "lib/forum/actions.ts#replyAction": perm("forum.post"),
  "lib/forum/actions.ts#supportAction": perm("forum.post"),
  "lib/forum/actions.ts#followAction": perm("forum.post"),
  "lib/forum/actions.ts#reportAction": perm("account.manage"),
  "lib/forum/actions.ts#officialAnswerAction": perm("forum.answer"),
  "lib/forum/actions.ts#statusChangeAction": perm("forum.answer"),
  "lib/forum/actions.ts#hideAction": perm("forum.moderate"),
  "lib/forum/actions.ts#dismissReportAction": perm("forum.moderate"),
  "lib/forum/actions.ts#saveCategoryAction": perm("settings.manage"),
  "lib/forum/actions.ts#scheduleMeetingAction": perm("forum.answer"),
  "lib/forum/actions.ts#publishMinutesAction": perm("forum.answer"),
  // Law 31-13: anyone may ask, without an account.
  "lib/information/actions.ts#fileRequestAction": open,
  "lib/information/actions.ts#enterRequestAction": perm("information.handle_requests"),
  "lib/information/actions.ts#extendRequestAction": perm("information.handle_requests"),
  "lib/information/actions.ts#answerRequestAction": perm("information.handle_requests"),
  "lib/information/actions.ts#fileComplaintAction": owner,
  "lib/information/actions.ts#decideComplaintAction": perm("information.handle_requests"),
  "lib/information/actions.ts#archiveRequestAction": perm("information.handle_requests"),
  "lib/information/actions.ts#withdrawArchiveAction": perm("information.handle_requests"),
  "lib/notifications/actions.ts#markNotificationsReadAction": signedIn,
  "lib/notifications/actions.ts#saveNoticePreferencesAction": signedIn,
  // The token in the e-mail is the authority (no session needed).
  "lib/notifications/actions.ts#unsubscribeAction": open,
  "lib/participation/actions.ts#followTopicAction": signedIn,
  "lib/petitions/actions.ts#createPetitionAction": perm("petitions.create"),
  "lib/petitions/actions.ts#openForSignaturesAction": owner,
  "lib/petitions/actions.ts#filePetitionAction": owner,
  "lib/petitions/actions.ts#signPetitionAction": perm("petitions.sign"),
  "lib/petitions/actions.ts#withdrawSignatureAction": perm("petitions.sign"),
  "lib/petitions/actions.ts#followPetitionAction": signedIn,
  "lib/petitions/actions.ts#addPaperSignatureAction": perm("petitions.review"),
  "lib/petitions/actions.ts#startReviewAction": perm("petitions.review"),
  "lib/petitions/actions.ts#invalidateSignatureAction": perm("petitions.review"),
  "lib/petitions/actions.ts#decidePetitionAction": perm("petitions.review"),
  "lib/petitions/actions.ts#recordCouncilDecisionAction": perm("petitions.review"),
  "lib/programme/actions.ts#createProjectAction": perm("programme.manage"),
  "lib/programme/actions.ts#updateProjectAction": perm("programme.manage"),
  "lib/programme/actions.ts#recordProgressAction": perm("programme.update_progress"),
  "lib/programme/actions.ts#answerCommentAction": perm("programme.answer"),
  "lib/programme/actions.ts#answerDifficultyAction": perm("programme.answer"),
  "lib/programme/actions.ts#withdrawEvidenceAction": perm("programme.update_progress"),
  "lib/programme/actions.ts#setCommentVisibilityAction": perm("programme.answer"),
  "lib/programme/actions.ts#followAction": perm("programme.follow"),
  "lib/programme/actions.ts#postCommentAction": perm("programme.comment"),
  "lib/programme/actions.ts#reportDifficultyAction": perm("programme.comment"),
  "lib/programme/adoption-actions.ts#updateAdoptionRecordAction": perm("programme.manage"),
  "lib/programme/adoption-actions.ts#addConsultationAction": perm("programme.manage"),
  "lib/programme/adoption-actions.ts#updateConsultationAction": perm("programme.manage"),
  "lib/programme/adoption-actions.ts#removeConsultationAction": perm("programme.manage"),
  "lib/programme/adoption-actions.ts#updateAxisAction": perm("programme.manage"),
  "lib/programme/evaluation-actions.ts#generateEvaluationAction": perm("programme.manage"),
  "lib/programme/evaluation-actions.ts#saveEvaluationTextAction": perm("programme.manage"),
  "lib/programme/evaluation-actions.ts#publishEvaluationAction": perm("programme.manage"),
  "lib/programme/evaluation-actions.ts#unpublishEvaluationAction": perm("programme.manage"),
  "lib/programme/import-actions.ts#importProjectsAction": perm("programme.manage"),
  "lib/programme/meeting-actions.ts#scheduleMeetingAction": perm("programme.manage"),
  "lib/programme/meeting-actions.ts#updateMeetingAction": perm("programme.manage"),
  "lib/programme/meeting-actions.ts#inviteAssociationsAction": perm("programme.manage"),
  "lib/programme/meeting-actions.ts#publishMinutesAction": perm("programme.manage"),
  "lib/programme/meeting-actions.ts#decisionDoneAction": perm("programme.manage"),
  // Only the representative of the invited association (the form names another association).
  "lib/programme/meeting-actions.ts#confirmAttendanceAction": owner,
  "lib/programme/tracking-actions.ts#addMilestoneAction": perm("programme.manage"),
  "lib/programme/tracking-actions.ts#updateMilestoneAction": perm("programme.manage"),
  "lib/programme/tracking-actions.ts#addIndicatorAction": perm("programme.manage"),
  "lib/programme/tracking-actions.ts#setIndicatorValueAction": perm("programme.manage"),
  "lib/programme/tracking-actions.ts#addFundingLineAction": perm("programme.manage"),
  "lib/programme/tracking-actions.ts#removeFundingLineAction": perm("programme.manage"),
  "lib/sessions/actions.ts#createSessionAction": perm("sessions.manage"),
  "lib/sessions/actions.ts#updateSessionAction": perm("sessions.manage"),
  "lib/sessions/actions.ts#addAgendaItemAction": perm("sessions.manage"),
  "lib/sessions/actions.ts#updateAgendaItemAction": perm("sessions.manage"),
  "lib/sessions/actions.ts#publishAgendaAction": perm("sessions.manage"),
  "lib/sessions/actions.ts#markHeldAction": perm("sessions.manage"),
  "lib/sessions/actions.ts#recordDecisionAction": perm("sessions.manage"),
  "lib/sessions/actions.ts#publishDecisionsAction": perm("sessions.manage"),
  "lib/sessions/actions.ts#linkDocumentAction": perm("sessions.manage"),
  "lib/settings/actions.ts#saveCommuneSettingsAction": perm("settings.manage"),
  "lib/settings/actions.ts#saveHolidayAction": perm("settings.manage"),
  "lib/settings/actions.ts#deleteHolidayAction": perm("settings.manage"),
  "lib/users/actions.ts#changeRoleAction": perm("users.manage_roles"),
  "lib/users/actions.ts#setUserSuspendedAction": perm("users.manage_roles"),
  "lib/users/actions.ts#resetSecondFactorAction": perm("users.manage_roles"),
  "lib/youth/actions.ts#saveYouthMemberAction": perm("youth.manage"),
  "lib/youth/actions.ts#recordYouthMeetingAction": perm("youth.manage"),
  "lib/youth/actions.ts#createYouthProposalAction": perm("youth.manage"),
  "lib/youth/actions.ts#advanceYouthProposalAction": perm("youth.manage"),
  "lib/youth/actions.ts#recordYouthResponseAction": perm("youth.manage"),
};

/**
 * The records a forged form names, none of them the visitors' own: `$1` is the visitors' user ids.
 * Queried once from the demo data; a kind the demo lacks is sent as an unknown id (999999).
 */
const RECORDS: Record<string, string> = {
  topic: "SELECT id::text FROM forum_topics WHERE author_id IS NULL OR NOT author_id = ANY($1::uuid[]) ORDER BY id LIMIT 1",
  post: "SELECT id::text FROM forum_posts WHERE author_id IS NULL OR NOT author_id = ANY($1::uuid[]) ORDER BY id LIMIT 1",
  forumReport: "SELECT id::text FROM forum_reports ORDER BY id LIMIT 1",
  forumMeeting: "SELECT id::text FROM forum_meetings ORDER BY id LIMIT 1",
  forumCategory: "SELECT id::text FROM forum_categories ORDER BY id LIMIT 1",
  petition: "SELECT id::text FROM petitions WHERE NOT owner_id = ANY($1::uuid[]) ORDER BY id LIMIT 1",
  signature: "SELECT id::text FROM petition_signatures ORDER BY id LIMIT 1",
  proposal: "SELECT id::text FROM budget_proposals WHERE NOT author_id = ANY($1::uuid[]) ORDER BY id LIMIT 1",
  cycle: "SELECT id::text FROM budget_cycles ORDER BY id LIMIT 1",
  budgetYear: "SELECT year::text FROM budget_cycles ORDER BY year LIMIT 1",
  consultation: "SELECT id::text FROM consultations ORDER BY id LIMIT 1",
  document: "SELECT id::text FROM documents ORDER BY id LIMIT 1",
  committeeMeeting: "SELECT id::text FROM committee_meetings ORDER BY id LIMIT 1",
  committeeMember: "SELECT id::text FROM committee_members ORDER BY id LIMIT 1",
  committeeDocument: "SELECT id::text FROM committee_documents WHERE uploaded_by_id IS NULL OR NOT uploaded_by_id = ANY($1::uuid[]) ORDER BY id LIMIT 1",
  opinion: "SELECT id::text FROM committee_opinions ORDER BY id LIMIT 1",
  training: "SELECT id::text FROM committee_trainings ORDER BY id LIMIT 1",
  meansRequest: "SELECT id::text FROM committee_means_requests ORDER BY id LIMIT 1",
  infoRequest: "SELECT id::text FROM information_requests WHERE requester_id IS NULL OR NOT requester_id = ANY($1::uuid[]) ORDER BY id LIMIT 1",
  infoReference: "SELECT reference FROM information_requests WHERE requester_id IS NOT NULL AND NOT requester_id = ANY($1::uuid[]) ORDER BY id LIMIT 1",
  project: "SELECT id::text FROM projects ORDER BY id LIMIT 1",
  comment: "SELECT id::text FROM project_comments WHERE author_id IS NULL OR NOT author_id = ANY($1::uuid[]) ORDER BY id LIMIT 1",
  difficulty: "SELECT id::text FROM difficulties ORDER BY id LIMIT 1",
  evidence: "SELECT id::text FROM evidence ORDER BY id LIMIT 1",
  milestone: "SELECT id::text FROM milestones ORDER BY id LIMIT 1",
  indicator: "SELECT id::text FROM indicators ORDER BY id LIMIT 1",
  fundingLine: "SELECT id::text FROM funding_lines ORDER BY id LIMIT 1",
  programme: "SELECT id::text FROM programmes ORDER BY id LIMIT 1",
  programmeConsultation: "SELECT id::text FROM programme_consultations ORDER BY id LIMIT 1",
  axis: "SELECT id::text FROM plan_axes ORDER BY id LIMIT 1",
  civilMeeting: "SELECT id::text FROM civil_society_meetings ORDER BY id LIMIT 1",
  civilDecision: "SELECT id::text FROM meeting_decisions ORDER BY id LIMIT 1",
  association: "SELECT id::text FROM associations WHERE representative_id IS NULL OR NOT representative_id = ANY($1::uuid[]) ORDER BY id LIMIT 1",
  session: "SELECT id::text FROM council_sessions ORDER BY id LIMIT 1",
  agendaItem: "SELECT id::text FROM agenda_items ORDER BY id LIMIT 1",
  holiday: "SELECT id::text FROM holidays ORDER BY id LIMIT 1",
  citizen: "SELECT id::text FROM users WHERE email = 'citizen@demo.bni-mathar.example'",
  auditReport: "SELECT id::text FROM audit_reports ORDER BY id LIMIT 1",
  recommendation: "SELECT id::text FROM audit_recommendations ORDER BY id LIMIT 1",
  youthMember: "SELECT id::text FROM youth_members ORDER BY id LIMIT 1",
  youthMeeting: "SELECT id::text FROM youth_meetings ORDER BY id LIMIT 1",
  youthProposal: "SELECT id::text FROM youth_proposals ORDER BY id LIMIT 1",
  douar: "SELECT id::text FROM douars ORDER BY id LIMIT 1",
};

/** Which record an id field names: the same everywhere, except the names each feature uses for its own tables. */
const ID_FIELDS: Record<string, string> = {
  topicId: "topic", topicIds: "topic", postId: "post", petitionId: "petition", signatureId: "signature", proposalId: "proposal", proposalIds: "proposal",
  cycleId: "cycle", projectId: "project", commentId: "comment", difficultyId: "difficulty", evidenceId: "evidence", milestoneId: "milestone",
  indicatorId: "indicator", fundingLineId: "fundingLine", programmeId: "programme", axisId: "axis", sessionId: "session", itemId: "agendaItem",
  holidayId: "holiday", userId: "citizen", trainingId: "training", opinionId: "opinion", associationId: "association", associationIds: "association",
  recommendationId: "recommendation", decisionId: "civilDecision", categoryId: "forumCategory", douarId: "douar", douarIds: "douar",
  reference: "infoReference", consultationId: "consultation", meetingId: "civilMeeting", documentId: "document", documentIds: "document",
  requestId: "infoRequest", reportId: "auditReport", memberId: "committeeMember", year: "budgetYear",
};
const FEATURE_ID_FIELDS: Record<string, Record<string, string>> = {
  "lib/forum/": { meetingId: "forumMeeting", reportId: "forumReport" },
  "lib/equality/": { meetingId: "committeeMeeting", documentId: "committeeDocument", requestId: "meansRequest", memberId: "committeeMember" },
  "lib/programme/adoption-actions.ts": { consultationId: "programmeConsultation" },
  "lib/youth/": { memberId: "youthMember", meetingId: "youthMeeting", proposalId: "youthProposal" },
};

const TEXT = "نص مزور للتحقق من الصلاحيات";
const YEAR = String(new Date().getUTCFullYear());
const TEXT_FIELDS = [
  "title", "titleAr", "titleFr", "body", "reason", "note", "noteAr", "noteFr", "description", "descriptionAr", "descriptionFr", "summaryAr", "summaryFr",
  "minutes", "minutesAr", "minutesFr", "answer", "answerText", "text", "textAr", "textFr", "decision", "decisionText", "responseText",
  "question", "subject", "nameAr", "nameFr", "agenda", "agendaAr", "agendaFr", "place", "placeAr", "placeFr", "comment", "informationRequested",
  "objectives", "reasons", "decisionsAr", "decisionsFr", "heardAr", "heardFr", "decidedAr", "decidedFr", "statusReasonAr", "statusReasonFr", "code",
  "audience", "partner", "sourceServiceAr", "sourceServiceFr", "unitAr", "unitFr", "serviceAr", "serviceFr", "topic", "details", "charterAr", "charterFr",
  "firstName", "lastName", "fullName", "address", "addressAr", "addressFr", "name", "seatAddress", "domain", "receiptNumber", "provinceAr", "provinceFr",
  "regionAr", "regionFr",
];
const PAST_DAYS = ["heldOn", "receivedOn", "notedOn", "responseOn", "documentDate", "presentedOn", "receiptDate", "foundedOn", "termStart", "date"];
const FUTURE_DAYS = ["dueOn", "closesOn", "startsOn", "endsOn", "day", "proposalsStart", "proposalsEnd", "voteStart", "voteEnd"];
const NUMBERS: Record<string, string> = {
  votesFor: "5", votesAgainst: "0", votesAbstaining: "0", votesAbstain: "0", value: "10", amountMad: "1000", estimatedCostMad: "1000", envelopeMad: "100000",
  position: "1", physicalPercent: "50", financialPercent: "50", men: "3", women: "3", baseline: "0", target: "10", birthYear: String(Number(YEAR) - 17),
  startYear: YEAR, endYear: String(Number(YEAR) + 1), minMembers: "5", maxMembers: "9", targetWomenPercent: "50", meetingsPerYear: "4",
  legalPopulation: "12000", censusYear: "2024", councilSize: "25", mandateStartYear: "2021", mandateEndYear: "2027", signatoryDataRetentionMonths: "6",
};
/** Choices and ticks; the enumerations' values as the forms send them (a feature's own below). */
const CHOICES: Record<string, string> = {
  douar: "commune", on: "1", follow: "1", publish: "1", hide: "1", done: "1", suspend: "1", grant: "1", time: "10:00", space: "EQUALITY_COMMITTEE",
  // The role a forged role change grants: the highest.
  role: "ADMINISTRATOR",
  competence: "OWN", genderTag: "NOT_ASSESSED", basis: "RESIDENT", identityKind: "CIN", deliveryMode: "ON_SITE", channel: "IN_PERSON", outcome: "GIVEN",
  origin: "MEMBERS", requestedBy: "COUNCIL", concerns: "OTHER", feasible: "yes", privacyChecked: "on", declaredBasis: "on", declaredElectoral: "on",
  declaredInterest: "on", declaredAdmissible: "on", gender: "WOMAN", to: "ADOPTED", response: "ACCEPTED", status: "IN_PROGRESS", kind: "OTHER",
  // A made-up card number of the right shape, and the commune's public contact (never anyone's own).
  idNumber: "ZZ999999", identityNumber: "ZZ999999", phone: "0536000000", email: "contact@bni-mathar.example",
  category: "COUNCIL_DECISIONS", source: "FINANCE_INSPECTORATE", code: "123456", revisedCostMad: "1000",
  // The notices' settings (one choice per category).
  programme: "IN_APP_ONLY", petitions: "IN_APP_ONLY", forum: "IN_APP_ONLY", information: "IN_APP_ONLY", committee: "IN_APP_ONLY", participation: "IN_APP_ONLY", associations: "IN_APP_ONLY",
};
const FEATURE_CHOICES: Record<string, Record<string, string>> = {
  "lib/forum/": { status: "ACKNOWLEDGED" },
  "lib/petitions/": { kind: "CITIZENS", decision: "REJECTED" },
  "lib/associations/": { decision: "REFUSE" },
  "lib/programme/actions.ts": { kind: "QUESTION" },
  "lib/programme/adoption-actions.ts": { kind: "PUBLIC_MEETING" },
  "lib/programme/evaluation-actions.ts": { year: YEAR },
  "lib/equality/": { kind: "STUDY" },
  "lib/consultations/": { audience: "RESIDENTS", gender: "FEMALE" },
  "lib/sessions/": { kind: "ORDINARY" },
  "lib/settings/": { kind: "RELIGIOUS" },
};
/** Where two forms of one feature name a field alike but choose from different lists. */
const ACTION_CHOICES: Record<string, Record<string, string | string[]>> = {
  "lib/equality/actions.ts#createOpinionAction": { kind: "OPINION" },
  "lib/equality/actions.ts#answerMeansRequestAction": { status: "GRANTED" },
  "lib/equality/actions.ts#saveMemberAction": { role: "MEMBER" },
  "lib/programme/actions.ts#answerDifficultyAction": { status: "ANSWERED" },
  "lib/programme/actions.ts#createProjectAction": { code: "FORGED-1" },
  "lib/settings/actions.ts#saveCommuneSettingsAction": { ordinarySessionMonths: ["2", "6", "10"] },
};

/** Days as the forms take them: YYYY-MM-DD (lib/forms/zod-fields.ts optionalDay), but DD/MM/YYYY for the meetings', sessions' and consultations' dates. */
const TYPED_DAYS = ["date", "startsOn", "endsOn", "closesOn"];
function day(module: string, field: string, fromToday: number): string {
  if (TYPED_DAYS.includes(field) && !module.startsWith("lib/settings/")) return typedDay(fromToday);
  return new Date(Date.now() + fromToday * 86_400_000).toISOString().slice(0, 10);
}

/** The forged form: every field the feature's forms use, its ids naming the records above. */
function forgedForm(module: string, name: string, records: Map<string, string>): [string, string][] {
  const ours = <T,>(byFeature: Record<string, T>): T[] => Object.entries(byFeature).filter(([prefix]) => module.startsWith(prefix)).map(([, value]) => value);
  const idFields: Record<string, string> = Object.assign({}, ID_FIELDS, ...ours(FEATURE_ID_FIELDS));
  const choices: Record<string, string> = Object.assign({}, CHOICES, ...ours(FEATURE_CHOICES));
  const fields = new Map<string, string>([
    ...TEXT_FIELDS.map((field): [string, string] => [field, TEXT]),
    ...PAST_DAYS.map((field): [string, string] => [field, day(module, field, -7)]),
    ...FUTURE_DAYS.map((field): [string, string] => [field, day(module, field, 20)]),
    ...Object.entries(NUMBERS),
    ...Object.entries(idFields).map(([field, kind]): [string, string] => [field, records.get(kind) ?? "999999"]),
    ...Object.entries(choices),
  ]);
  // The action's own choices last; a list (a group of checkboxes) is sent as that many fields of one name.
  const lists: [string, string][] = [];
  for (const [field, value] of Object.entries(ACTION_CHOICES[`${module}#${name}`] ?? {})) {
    if (typeof value === "string") fields.set(field, value);
    else {
      fields.delete(field);
      lists.push(...value.map((one): [string, string] => [field, one]));
    }
  }
  return [...fields, ...lists];
}

/** The number of parameters an action takes (0: no form; 1: the form; 2: the previous state and the form), read from its source. */
function arity(module: string, name: string): number {
  const source = readFileSync(module, "utf8");
  const params = new RegExp(`export async function ${name}\\(([^)]*)\\)`).exec(source)?.[1];
  if (params === undefined) throw new Error(`${module} has no exported async function ${name}`);
  return params.trim() === "" ? 0 : params.split(",").length;
}

/** A page that imports the action (any page would do: Next.js forwards, but the browser posts to the form's page). */
function pageOf(workers: Record<string, unknown>): string {
  const routes = Object.keys(workers)
    .map((worker) => /^app\/\[locale\](.*)\/page$/.exec(worker)?.[1])
    .filter((route): route is string => route !== undefined)
    .map((route) => route.replace(/\/\([^)]+\)/g, "").replace(/\[[^\]]+\]/g, "1") || "/")
    .sort((a, b) => a.length - b.length);
  return routes[0] ?? "/";
}

/**
 * The arguments as React's encodeReply sends them: a multipart body with the form's fields prefixed
 * "_1_", then part "0", the argument list, which names the form "$K1". The order matters: the server
 * decodes the parts as they stream in, and resolves "$K1" from the fields received before part "0".
 */
function actionBody(parameters: number, fields: [string, string][]): FormData | string {
  if (parameters === 0) return "[]";
  const body = new FormData();
  for (const [name, value] of fields) body.append(`_1_${name}`, value);
  body.append("0", JSON.stringify(parameters === 1 ? ["$K1"] : [{ status: "idle", values: {}, fieldErrors: {} }, "$K1"]));
  return body;
}

/**
 * Row writes the background work makes while the matrix runs, whoever calls what (rate-limit
 * counters, the outbox worker, notifications and their digests, the notice of a consultation's
 * closing in lib/participation/notify.ts): "<table>" or "<table>.<column>" for an update of that column alone.
 */
const BACKGROUND_WRITES = new Set(["rate_limit_buckets", "outbox_messages", "notifications", "consultations.closed_notice_at"]);
const isBackground = (write: { tbl: string; cols: string | null }) => BACKGROUND_WRITES.has(write.tbl) || (write.cols !== null && BACKGROUND_WRITES.has(`${write.tbl}.${write.cols}`));

const DROP_JOURNAL = `
  DO $$ DECLARE t text; BEGIN
    FOR t IN SELECT event_object_table FROM information_schema.triggers WHERE trigger_name = 'authz_journal' GROUP BY 1 LOOP
      EXECUTE format('DROP TRIGGER authz_journal ON %I', t);
    END LOOP;
  END $$;
  DROP FUNCTION IF EXISTS authz_journal_row();
  DROP TABLE IF EXISTS authz_journal;`;

test.describe.configure({ timeout: 300_000 });

test("every server action refuses, without a change and without a 5xx, every visitor its rule refuses", async ({ playwright, browser }) => {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  const actions = Object.entries(manifest.node).map(([id, entry]) => ({ id, key: `${entry.filename}#${entry.exportedName}`, module: entry.filename ?? "", name: entry.exportedName ?? "", page: pageOf(entry.workers) }));
  expect(actions.length).toBeGreaterThan(100);
  const missing = actions.filter((action) => !ACTION_RULES[action.key]).map((action) => action.key);
  expect(missing, `add each of these server actions to ACTION_RULES in tests/e2e/authorization-actions.spec.ts, with the rule its service function applies`).toEqual([]);
  const gone = Object.keys(ACTION_RULES).filter((key) => !actions.some((action) => action.key === key));
  expect(gone, "these ACTION_RULES entries name actions the build no longer has: remove them").toEqual([]);

  const database = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:5432/${E2E_DATABASE_NAME}` });
  await database.connect();
  const clients = new Map<Visitor, APIRequestContext>([["anonymous", await playwright.request.newContext({ baseURL: BASE_URL })]]);
  for (const person of PEOPLE) clients.set(person, await signedInClient(playwright, browser, person));
  try {
    const roles = new Map<Visitor, string[]>([["anonymous", []]]);
    for (const person of PEOPLE) {
      const { rows } = await database.query<{ role: string }>("SELECT r.role::text AS role FROM user_roles r JOIN users u ON u.id = r.user_id WHERE u.email = $1", [`${person}@demo.bni-mathar.example`]);
      roles.set(person, rows.map((row) => row.role.toUpperCase()));
    }
    const { rows: visitorIds } = await database.query<{ id: string }>("SELECT id::text FROM users WHERE email LIKE '%@demo.bni-mathar.example'");
    const records = new Map<string, string>();
    for (const [kind, query] of Object.entries(RECORDS)) {
      const { rows } = await database.query<Record<string, string>>(query, query.includes("$1") ? [visitorIds.map((row) => row.id)] : []);
      const value = Object.values(rows[0] ?? {})[0];
      if (value) records.set(kind, value);
    }

    // A journal of every row written while the matrix runs (triggers on every table, dropped at the end).
    await database.query(DROP_JOURNAL);
    await database.query(`
      CREATE TABLE authz_journal (tbl text NOT NULL, op text NOT NULL, cols text);
      CREATE FUNCTION authz_journal_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        INSERT INTO authz_journal VALUES (TG_TABLE_NAME, TG_OP, CASE WHEN TG_OP = 'UPDATE' THEN
          (SELECT string_agg(n.key, ',' ORDER BY n.key) FROM jsonb_each(to_jsonb(NEW)) n WHERE to_jsonb(OLD) -> n.key IS DISTINCT FROM n.value) END);
        RETURN NULL;
      END $$;
      DO $$ DECLARE t text; BEGIN
        FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('authz_journal', '_prisma_migrations') LOOP
          EXECUTE format('CREATE TRIGGER authz_journal AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION authz_journal_row()', t);
        END LOOP;
      END $$;`);

    const unexpected: string[] = [];
    const outcomes = new Map<string, number>();
    let sent = 0;
    let allowedNotSent = 0;
    /** The actions whose forged form stopped at the fields' validation (the permission was then not reached), with those fields. */
    const invalidFields = new Map<string, string>();
    for (const action of actions) {
      const rule = ACTION_RULES[action.key]!;
      const parameters = arity(action.module, action.name);
      for (const [visitor, client] of clients) {
        const isPublic = "public" in rule;
        if (isPublic && visitor !== "anonymous") continue;
        const allowed = isPublic ? true
          : "signedIn" in rule ? visitor !== "anonymous"
          : "permission" in rule ? can(roles.get(visitor) ?? [], rule.permission)
          : "visitors" in rule ? rule.visitors.includes(visitor)
          : false;
        if (allowed && !isPublic) {
          allowedNotSent += 1;
          continue;
        }
        // Public actions get an empty form (nothing to forge, and nothing may be created); the others the forged one.
        const fields = isPublic ? [] : forgedForm(action.module, action.name, records);
        const body = actionBody(parameters, fields);
        const response = await client.post(action.page, {
          headers: { "next-action": action.id, accept: "text/x-component", origin: BASE_URL, ...(typeof body === "string" ? { "content-type": "text/plain;charset=UTF-8" } : {}) },
          ...(typeof body === "string" ? { data: body } : { multipart: body }),
          maxRedirects: 0,
        });
        sent += 1;
        const status = response.status();
        const redirect = response.headers()["x-action-redirect"] ?? response.headers().location ?? "";
        const text = await response.text();
        const { rows: writes } = await database.query<{ tbl: string; op: string; cols: string | null }>("DELETE FROM authz_journal RETURNING tbl, op, cols");
        const changed = [...new Set(writes.filter((w) => !isBackground(w)).map((w) => `${w.op} ${w.tbl}${w.cols ? ` (${w.cols})` : ""}`))];
        const where = `${action.key} as ${visitor} (POST ${action.page})`;
        if (status >= 500) unexpected.push(`${where}: ${status}`);
        if (isPublic) continue;
        // One-button forms answer with a redirect: to sign in, or back with the refusal in the address (?error=…).
        const outcome = /\/signin\b/.test(redirect) ? "sent to sign in"
          : /[?&]error=/.test(redirect) ? "refused: redirected with an error"
          : redirect ? `redirected to ${redirect}`
          : /"status":"success"/.test(text) ? "success"
          : /"formError":\{"key":"(forbidden|unauthenticated)"/.test(text) ? "refused: not allowed"
          : /"fieldErrors":\{"/.test(text) ? "refused: the form's fields"
          : /"formError":\{"key":"/.test(text) ? `refused: ${/"formError":\{"key":"([a-zA-Z]+)"/.exec(text)![1]}`
          : status === 403 || status === 404 ? `answered ${status}`
          : "nothing done";
        const family = /^refused: [a-zA-Z]+$/.test(outcome) ? "refused by the service's own check" : outcome;
        outcomes.set(family, (outcomes.get(family) ?? 0) + 1);
        if (family === "refused: the form's fields") {
          const fields = Object.keys((JSON.parse(/"fieldErrors":(\{[^}]*\})/.exec(text)?.[1] ?? "{}") as object));
          invalidFields.set(action.key, fields.join(","));
        }
        if (changed.length > 0) unexpected.push(`${where}: the database changed (${changed.join(", ")})`);
        if (outcome === "success" || outcome.startsWith("redirected")) unexpected.push(`${where}: ${outcome}`);
      }
    }
    const summary = [...outcomes].sort((a, b) => b[1] - a[1]).map(([outcome, count]) => `${count} ${outcome}`).join(", ");
    console.log(`server-action matrix: ${actions.length} actions × ${clients.size} visitors; ${sent} forged calls sent (${allowedNotSent} allowed pairs not sent), ${unexpected.length} unexpected; refusals: ${summary}`);
    // Which forged forms stopped at their fields, kept beside the test's results: the next fields to teach forgedForm.
    writeFileSync(test.info().outputPath("stopped-by-fields.txt"), [...invalidFields].map(([key, fields]) => `${key}: ${fields}`).join("\n"));
    expect(unexpected).toEqual([]);
  } finally {
    await database.query(DROP_JOURNAL);
    await database.end();
    for (const client of clients.values()) await client.dispose();
  }
});
