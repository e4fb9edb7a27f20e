// DEMO DATA — the council's 2026 ordinary sessions (February, May, October: held, decisions
// published, arts. 33–34, 273), the February 2027 session planned, and two fictional public
// consultations (one open, one closed with its synthesis). Idempotent: sessions are keyed on their
// ordinary month (they may already exist, created by an accepted petition: only missing dates are
// filled and only a session without staff items gets the demo agenda); consultations on their
// French title.
import type { Tx } from "@/lib/db/create-client";
import { DEMO_EMAIL_DOMAIN } from "./accounts";

const PLACE = { placeAr: "قاعة الاجتماعات بمقر الجماعة", placeFr: "Salle des réunions du siège de la commune" };
const COMMITTEE = "لجنة الميزانية والشؤون المالية والبرمجة";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

type DemoItem = { origin: "PRESIDENT" | "MEMBERS" | "EVALUATION_REPORT" | "COMMITTEE_OPINION"; titleAr: string; titleFr: string; decisionText?: string; votes?: [number, number, number] };
type DemoSession = { year: number; month: number; startsOn: string; endsOn: string; agendaPublishedAt?: string; decisionsPublishedAt?: string; items: DemoItem[] };

const SESSIONS: DemoSession[] = [
  {
    year: 2026, month: 2, startsOn: "2026-02-02", endsOn: "2026-02-06", agendaPublishedAt: "2026-01-23T10:00:00Z", decisionsPublishedAt: "2026-02-11T10:00:00Z",
    items: [
      { origin: "PRESIDENT", titleAr: "الدراسة والتصويت على برمجة الفائض (نقطة تجريبية)", titleFr: "Examen et vote de la programmation de l'excédent (point de démonstration)", decisionText: "صادق المجلس على برمجة الفائض لتهيئة المسالك القروية.", votes: [9, 1, 1] },
      { origin: "EVALUATION_REPORT", titleAr: "تقرير تقييم تنفيذ برنامج عمل الجماعة لسنة 2025 (نقطة تجريبية)", titleFr: "Rapport d'évaluation de l'exécution du programme d'action 2025 (point de démonstration)", decisionText: "أخذ المجلس علما بالتقرير.", votes: [11, 0, 0] },
    ],
  },
  {
    year: 2026, month: 5, startsOn: "2026-05-04", endsOn: "2026-05-08", agendaPublishedAt: "2026-04-24T10:00:00Z", decisionsPublishedAt: "2026-05-14T10:00:00Z",
    items: [
      { origin: "MEMBERS", titleAr: "اتفاقية شراكة لتزويد الدواوير بالماء الصالح للشرب (نقطة تجريبية)", titleFr: "Convention de partenariat pour l'eau potable des douars (point de démonstration)", decisionText: "صادق المجلس على الاتفاقية بالإجماع.", votes: [11, 0, 0] },
    ],
  },
  {
    year: 2026, month: 10, startsOn: "2026-10-05", endsOn: "2026-10-09", agendaPublishedAt: "2026-09-25T10:00:00Z", decisionsPublishedAt: "2026-10-15T10:00:00Z",
    items: [
      { origin: "PRESIDENT", titleAr: "الدراسة والتصويت على مشروع ميزانية الجماعة لسنة 2027 (نقطة تجريبية)", titleFr: "Examen et vote du projet de budget 2027 (point de démonstration)", decisionText: "صادق المجلس على مشروع الميزانية.", votes: [8, 2, 1] },
      { origin: "COMMITTEE_OPINION", titleAr: "رأي هيئة المساواة وتكافؤ الفرص ومقاربة النوع حول الميزانية (نقطة تجريبية)", titleFr: "Avis de l'instance de l'équité et de l'égalité des chances sur le budget (point de démonstration)", decisionText: "أحال المجلس الرأي على لجنة الميزانية لإدماجه في التعديلات.", votes: [10, 0, 1] },
    ],
  },
  {
    year: 2027, month: 2, startsOn: "2027-02-01", endsOn: "2027-02-05",
    items: [
      { origin: "PRESIDENT", titleAr: "برمجة الفائض لسنة 2026 (نقطة تجريبية)", titleFr: "Programmation de l'excédent 2026 (point de démonstration)" },
    ],
  },
];

async function seedSession(tx: Tx, demo: DemoSession): Promise<void> {
  const ordinaryKey = `${demo.year}-${String(demo.month).padStart(2, "0")}`;
  const status = demo.decisionsPublishedAt ? "DECISIONS_PUBLISHED" : demo.agendaPublishedAt ? "AGENDA_PUBLISHED" : "PLANNED";
  const dates = { startsOn: day(demo.startsOn), endsOn: day(demo.endsOn), ...PLACE };
  const publication = {
    status, agendaPublishedAt: demo.agendaPublishedAt ? new Date(demo.agendaPublishedAt) : null,
    decisionsPublishedAt: demo.decisionsPublishedAt ? new Date(demo.decisionsPublishedAt) : null,
  } as const;
  const session = await tx.councilSession.upsert({
    where: { ordinaryKey },
    create: { kind: "ORDINARY", year: demo.year, month: demo.month, ordinaryKey, ...dates, ...publication },
    update: {},
    select: { id: true, startsOn: true },
  });
  // A session with staff items is left as it is (seeded before, or real).
  if ((await tx.agendaItem.count({ where: { sessionId: session.id, origin: { not: "PETITION" } } })) > 0) return;
  // Created earlier by an accepted petition (no dates, planned): give it the demo dates, place and steps.
  await tx.councilSession.update({ where: { id: session.id }, data: { ...(session.startsOn ? {} : dates), ...publication } });
  if (demo.decisionsPublishedAt) {
    await tx.agendaItem.updateMany({
      where: { sessionId: session.id, origin: "PETITION", decisionText: null },
      data: { decisionText: "قرر المجلس إدراج مقترحات العريضة في برمجة السنة المقبلة (مقرر تجريبي).", votesFor: 11, votesAgainst: 0, votesAbstain: 0 },
    });
  }
  for (const item of demo.items) {
    await tx.agendaItem.create({
      data: {
        sessionId: session.id, origin: item.origin, titleAr: item.titleAr, titleFr: item.titleFr, referredCommittee: COMMITTEE,
        decisionText: item.decisionText ?? null, votesFor: item.votes?.[0] ?? null, votesAgainst: item.votes?.[1] ?? null, votesAbstain: item.votes?.[2] ?? null,
      },
    });
  }
}

const OPEN_TITLE_FR = "Mise à jour du programme d'action à partir de sa troisième année (consultation de démonstration)";
const CLOSED_TITLE_FR = "Aménagement de la place du souk hebdomadaire (consultation de démonstration)";

async function seedConsultations(tx: Tx): Promise<void> {
  const editor = await tx.user.findUnique({ where: { email: `editor@${DEMO_EMAIL_DOMAIN}` }, select: { id: true } });
  if (!editor) return;
  if (!(await tx.consultation.findFirst({ where: { titleFr: OPEN_TITLE_FR }, select: { id: true } }))) {
    await tx.consultation.create({
      data: {
        titleAr: "تحيين برنامج عمل الجماعة ابتداء من سنته الثالثة (استشارة تجريبية)", titleFr: OPEN_TITLE_FR,
        descriptionAr: "تعرض الجماعة مشروع تحيين برنامج عملها. ما هي المشاريع التي ترونها ذات أولوية لدواركم؟",
        descriptionFr: "La commune soumet le projet de mise à jour de son programme d'action. Quels projets jugez-vous prioritaires pour votre douar ?",
        audience: "RESIDENTS", closesAt: new Date("2027-01-31T22:59:00Z"), createdById: editor.id,
        questions: {
          create: [
            { position: 1, kind: "SINGLE_CHOICE", promptAr: "ما هو المجال الأكثر أولوية؟", promptFr: "Quel domaine est le plus prioritaire ?", optionsAr: ["الماء الصالح للشرب", "المسالك القروية", "الشباب والرياضة"], optionsFr: ["L'eau potable", "Les pistes rurales", "La jeunesse et le sport"] },
            { position: 2, kind: "FREE_TEXT", promptAr: "اقتراحاتكم لمشاريع جديدة", promptFr: "Vos propositions de nouveaux projets", optionsAr: [], optionsFr: [] },
          ],
        },
      },
    });
  }
  if (!(await tx.consultation.findFirst({ where: { titleFr: CLOSED_TITLE_FR }, select: { id: true } }))) {
    const closed = await tx.consultation.create({
      data: {
        titleAr: "تهيئة ساحة السوق الأسبوعي (استشارة تجريبية)", titleFr: CLOSED_TITLE_FR,
        descriptionAr: "استشارت الجماعة السكان حول تصميم تهيئة ساحة السوق الأسبوعي.",
        descriptionFr: "La commune a consulté les habitants sur l'aménagement de la place du souk hebdomadaire.",
        audience: "RESIDENTS", closesAt: new Date("2026-06-30T22:59:00Z"), createdById: editor.id,
        heardAr: "طالب المشاركون بمظلات وبنقطة ماء وبمرافق صحية، وطالبت النساء بفضاء خاص بالبائعات.",
        heardFr: "Les participants ont demandé des auvents, un point d'eau et des sanitaires ; les femmes ont demandé un espace pour les vendeuses.",
        decidedAr: "أدمجت الجماعة المظلات ونقطة الماء والمرافق الصحية وفضاء للبائعات في التصميم النهائي.",
        decidedFr: "La commune a intégré les auvents, le point d'eau, les sanitaires et un espace pour les vendeuses dans le plan final.",
        synthesisPublishedAt: new Date("2026-07-15T10:00:00Z"),
        questions: {
          create: [{ position: 1, kind: "SINGLE_CHOICE", promptAr: "ما هو أهم تجهيز؟", promptFr: "Quel équipement est le plus important ?", optionsAr: ["المظلات", "نقطة الماء", "المرافق الصحية"], optionsFr: ["Les auvents", "Le point d'eau", "Les sanitaires"] }],
        },
      },
      select: { id: true, questions: { select: { id: true } } },
    });
    const douars = await tx.douar.findMany({ orderBy: { id: "asc" }, take: 2, select: { id: true } });
    const people = await tx.user.findMany({ where: { email: { in: ["citizen", "association"].map((l) => `${l}@${DEMO_EMAIL_DOMAIN}`) } }, orderBy: { email: "asc" }, select: { id: true } });
    for (const [i, person] of people.entries()) {
      await tx.consultationResponse.create({
        data: {
          consultationId: closed.id, userId: person.id, douarId: douars[i % Math.max(1, douars.length)]?.id ?? null, gender: i % 2 ? "FEMALE" : "MALE",
          answers: { create: [{ questionId: closed.questions[0]!.id, choice: i % 3 }] },
        },
      });
    }
  }
}

export async function seedSessions(tx: Tx): Promise<void> {
  for (const demo of SESSIONS) await seedSession(tx, demo);
  await seedConsultations(tx);
}
