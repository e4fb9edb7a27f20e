// DEMO DATA — fictional petitions in each state of their life (organic law 113.14 arts. 121–125),
// with demo signatories whose names say "demo" and whose CIN numbers are of the card's format but
// obviously fake (the letters ZZ, which no card office issues, then a running number). Written
// only while there is no petition at all: never touches real ones.
import type { Tx } from "@/lib/db/create-client";
import { answerDueDate, communeDate, nextOrdinarySession, toDateColumn } from "@/lib/petitions/rules";
import { encryptIdNumber, idNumberHash } from "@/lib/security/id-numbers";
import { demoAccount, DEMO_ASSOCIATION } from "./accounts";
import { COMMUNE_SETTINGS } from "./commune";

type DemoPetition = {
  key: string;
  kind: "CITIZENS" | "ASSOCIATION";
  status: "COLLECTING" | "UNDER_REVIEW" | "ACCEPTED" | "REJECTED";
  subject: string;
  reasons: string;
  objectives: string;
  signatures: number;
  /** Days before the seed's day when it was filed. */
  filedDaysAgo?: number;
  decidedDaysAgo?: number;
  decisionReasons?: string;
};

const PETITIONS: readonly DemoPetition[] = [
  {
    key: "sports-field",
    kind: "CITIZENS",
    status: "COLLECTING",
    subject: "تهيئة ملعب رياضي للقرب لفائدة شباب دوار الزاوية (عريضة تجريبية)",
    reasons: "لا يتوفر دوار الزاوية على أي فضاء رياضي أو ترفيهي للشباب، ويضطر الشباب إلى التنقل بعيدا للعب كرة القدم.",
    objectives: "إدراج تهيئة ملعب للقرب في جدول أعمال المجلس وبرمجته ضمن برنامج عمل الجماعة.",
    signatures: 37,
  },
  {
    key: "public-lighting",
    kind: "CITIZENS",
    status: "UNDER_REVIEW",
    subject: "إصلاح الإنارة العمومية بتجزئة أولاد قدور (عريضة تجريبية)",
    reasons: "أغلب مصابيح الإنارة العمومية بالتجزئة معطلة منذ أشهر، مما يعرض السكان والتلاميذ للخطر ليلا.",
    objectives: "برمجة إصلاح شبكة الإنارة العمومية وصيانتها الدورية.",
    signatures: 104,
    filedDaysAgo: 40,
  },
  {
    key: "waste",
    kind: "ASSOCIATION",
    status: "ACCEPTED",
    subject: "تنظيم جمع النفايات بالدواوير المجاورة للسوق الأسبوعي (عريضة تجريبية)",
    reasons: "تتراكم النفايات بعد السوق الأسبوعي يوم الاثنين وتلوث الفرشة المائية والمجاري.",
    objectives: "وضع برنامج أسبوعي لجمع النفايات بعد السوق وتوفير حاويات بالدواوير.",
    signatures: 0,
    filedDaysAgo: 120,
    decidedDaysAgo: 70,
    decisionReasons: "الموضوع يدخل في الاختصاصات الذاتية للجماعة (المادة 83)، والجمعية تستوفي شروط المادة 124. يدرج في جدول أعمال الدورة العادية المقبلة ويحال على لجنة المرافق العمومية والخدمات.",
  },
  {
    key: "road-tax",
    kind: "CITIZENS",
    status: "REJECTED",
    subject: "إلغاء رسم وطني على السيارات (عريضة تجريبية)",
    reasons: "يطالب الموقعون بإلغاء رسم يفرضه القانون على الصعيد الوطني.",
    objectives: "إلغاء الرسم.",
    signatures: 112,
    filedDaysAgo: 150,
    decidedDaysAgo: 100,
    decisionReasons: "الموضوع لا يدخل في اختصاصات مجلس الجماعة (المواد 83 و87 و90): الرسوم الوطنية يحددها القانون. يمكن للعارضين التوجه إلى البوابة الوطنية للمشاركة المواطنة.",
  },
];

const DAY = 86_400_000;

/** "ZZ000001": of the CIN's format, never a real card. */
export function demoIdNumber(n: number): string {
  return `ZZ${String(n).padStart(6, "0")}`;
}

export async function seedPetitions(tx: Tx, now = new Date()): Promise<number> {
  if ((await tx.petition.count()) > 0) return 0;
  const account = (role: "CITIZEN" | "ASSOCIATION_REP" | "BUREAU_MEMBER") =>
    tx.user.findUniqueOrThrow({ where: { email: demoAccount(role).email }, select: { id: true } });
  const citizen = await account("CITIZEN");
  const representative = await account("ASSOCIATION_REP");
  const bureau = await account("BUREAU_MEMBER");
  const association = await tx.association.findFirstOrThrow({ where: { receiptNumber: DEMO_ASSOCIATION.receiptNumber }, select: { id: true } });
  let signer = 0;
  for (const demo of PETITIONS) {
    const filedAt = demo.filedDaysAgo !== undefined ? new Date(now.getTime() - demo.filedDaysAgo * DAY) : null;
    const decidedAt = demo.decidedDaysAgo !== undefined ? new Date(now.getTime() - demo.decidedDaysAgo * DAY) : null;
    // Created collecting, then filed and decided: the receipt's reference is made from the id.
    const petition = await tx.petition.create({
      data: {
        kind: demo.kind,
        status: demo.kind === "ASSOCIATION" ? "DRAFT" : "COLLECTING",
        subject: demo.subject,
        reasons: demo.reasons,
        objectives: demo.objectives,
        ownerId: demo.kind === "ASSOCIATION" ? representative.id : citizen.id,
        associationId: demo.kind === "ASSOCIATION" ? association.id : null,
        threshold: demo.kind === "ASSOCIATION" ? 0 : 100,
        declaredAdmissible: true,
        declaredGoodStanding: demo.kind === "ASSOCIATION",
        declaredRelatedActivity: demo.kind === "ASSOCIATION",
        createdAt: new Date((filedAt ?? now).getTime() - 30 * DAY),
      },
      select: { id: true },
    });
    const reference = filedAt ? `P-${communeDate(filedAt).year}-${String(petition.id).padStart(4, "0")}` : null;
    if (filedAt) {
      await tx.petition.update({
        where: { id: petition.id },
        data: {
          status: demo.status,
          reference,
          filedAt,
          answerDueOn: toDateColumn(answerDueDate(filedAt)),
          reviewStartedAt: new Date(filedAt.getTime() + 5 * DAY),
          decidedAt,
          decidedById: decidedAt ? bureau.id : null,
          decisionReasons: demo.decisionReasons ?? null,
          checkCompetence: decidedAt ? demo.status === "ACCEPTED" : null,
          checkConstants: decidedAt ? true : null,
          checkAssociation: decidedAt && demo.kind === "ASSOCIATION" ? true : null,
        },
      });
    }
    await tx.petitionSignature.createMany({
      data: Array.from({ length: demo.signatures }, (_, i) => {
        signer += 1;
        const idNumber = demoIdNumber(signer);
        return {
          petitionId: petition.id,
          channel: "PAPER" as const,
          fullName: `موقع تجريبي ${i + 1}`,
          idNumberEncrypted: encryptIdNumber(idNumber),
          idNumberHash: idNumberHash(idNumber, `petition:${petition.id}`),
          address: i % 2 ? "دوار الزاوية (عنوان تجريبي)" : "أولاد قدور (عنوان تجريبي)",
          basis: i % 10 === 9 ? ("ACTIVITY" as const) : ("RESIDENT" as const),
          enteredById: bureau.id,
        };
      }),
    });
    if (demo.status === "ACCEPTED" && decidedAt && reference) {
      const { year, month } = nextOrdinarySession(communeDate(decidedAt), COMMUNE_SETTINGS.ordinarySessionMonths);
      const ordinaryKey = `${year}-${String(month).padStart(2, "0")}`;
      const session = await tx.councilSession.upsert({ where: { ordinaryKey }, create: { kind: "ORDINARY", year, month, ordinaryKey }, update: {}, select: { id: true } });
      await tx.agendaItem.create({
        data: {
          sessionId: session.id, origin: "PETITION", petitionId: petition.id,
          titleAr: `عريضة ${reference}: ${demo.subject}`, titleFr: `Pétition ${reference} : ${demo.subject}`,
          referredCommittee: "لجنة المرافق العمومية والخدمات",
        },
      });
    }
  }
  return PETITIONS.length;
}
