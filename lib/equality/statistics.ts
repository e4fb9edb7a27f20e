import "server-only";
// The gender lens on the whole portal (issue 5): the gender-disaggregated figures the portal already
// knows, for everyone to read. Figures only: every query counts, none returns a person; declared
// genders are published only from MIN_DECLARED_FOR_BREAKDOWN declarations on (rules.ts).
import { db } from "@/lib/db/client";
import { getEqualitySettings, today } from "./queries";
import { committeeComposition, genderSplit, publishableSplit, type GenderSplit } from "./rules";

type GenderCount = { gender: string | null; count: number };

/** Petition filers (mandataires and associations' representatives) by the gender they declared on their account. */
const petitionFilers = () => db.$queryRaw<GenderCount[]>`
  SELECT u.declared_gender::text AS gender, count(*)::int AS count
  FROM petitions p JOIN users u ON u.id = p.owner_id
  WHERE p.status <> 'draft'
  GROUP BY 1`;

/** People who opened a topic or replied in the douar forum (visible posts), each counted once. */
const forumParticipants = () => db.$queryRaw<GenderCount[]>`
  SELECT u.declared_gender::text AS gender, count(*)::int AS count
  FROM users u
  WHERE u.id IN (SELECT author_id FROM forum_topics WHERE hidden_at IS NULL
                 UNION SELECT author_id FROM forum_posts WHERE hidden_at IS NULL)
  GROUP BY 1`;

/** Attendances at the committee's meetings, by the member's gender. */
const meetingAttendances = () => db.$queryRaw<GenderCount[]>`
  SELECT m.gender::text AS gender, count(*)::int AS count
  FROM committee_meeting_invitees i JOIN committee_members m ON m.id = i.member_id
  WHERE i.attended
  GROUP BY 1`;

const countsBy = (rows: { gender: string | null; _count: { _all: number } }[]): GenderCount[] => rows.map((row) => ({ gender: row.gender, count: row._count._all }));

export type GenderStatistics = {
  composition: ReturnType<typeof committeeComposition>;
  targetWomenPercent: number;
  meetingAttendances: GenderSplit;
  trainingParticipants: GenderSplit;
  consultationRespondents: { split: GenderSplit | null; declared: number };
  inPersonConsultations: GenderSplit;
  petitionFilers: { split: GenderSplit | null; declared: number };
  forumParticipants: { split: GenderSplit | null; declared: number };
  projects: { tag: "SENSITIVE" | "TARGETED"; total: number; byStatus: Record<string, number> }[];
};

const declared = (split: GenderSplit) => ({ split: publishableSplit(split), declared: split.women + split.men });

export async function getGenderStatistics(): Promise<GenderStatistics> {
  const [settings, members, attendances, trainings, responses, inPerson, programmeConsultations, petitions, forum, projects] = await Promise.all([
    getEqualitySettings(),
    db.committeeMember.findMany({ select: { gender: true, termStart: true, termEnd: true } }),
    meetingAttendances(),
    // Who attended when attendance was taken; who registered otherwise (participantsByGender's rule, in SQL).
    db.trainingRegistration.groupBy({ by: ["gender"], where: { OR: [{ attended: true }, { attended: null }] }, _count: { _all: true } }),
    db.consultationResponse.groupBy({ by: ["gender"], _count: { _all: true } }),
    db.consultationMeeting.aggregate({ _sum: { women: true, men: true } }),
    db.programmeConsultation.aggregate({ _sum: { participantsWomen: true, participantsMen: true } }),
    petitionFilers(),
    forumParticipants(),
    db.project.groupBy({ by: ["genderTag", "status"], where: { genderTag: { in: ["SENSITIVE", "TARGETED"] } }, _count: { _all: true } }),
  ]);
  return {
    composition: committeeComposition(members, settings, today()),
    targetWomenPercent: settings.targetWomenPercent,
    meetingAttendances: genderSplit(attendances),
    trainingParticipants: genderSplit(countsBy(trainings)),
    consultationRespondents: declared(genderSplit(countsBy(responses))),
    inPersonConsultations: {
      women: (inPerson._sum.women ?? 0) + (programmeConsultations._sum.participantsWomen ?? 0),
      men: (inPerson._sum.men ?? 0) + (programmeConsultations._sum.participantsMen ?? 0),
      undeclared: 0,
    },
    petitionFilers: declared(genderSplit(petitions)),
    forumParticipants: declared(genderSplit(forum)),
    projects: (["SENSITIVE", "TARGETED"] as const).map((tag) => {
      const rows = projects.filter((row) => row.genderTag === tag);
      return { tag, total: rows.reduce((sum, row) => sum + row._count._all, 0), byStatus: Object.fromEntries(rows.map((row) => [row.status, row._count._all])) };
    }),
  };
}
