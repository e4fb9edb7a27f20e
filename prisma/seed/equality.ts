// DEMO DATA — the equality committee (art. 120): its settings, members drawn from the demo
// accounts (the three committee accounts, plus the association representative and the citizen,
// who sit on it as civil-society members without a committee role), one past meeting with its
// published minutes, one held last week whose minutes are still to write, an upcoming training,
// and one opinion on a programme project that the council has answered.
// Settings and members are created once; the meeting and the opinion only while the committee has
// none, so that the seed never touches real work.
import type { Tx } from "@/lib/db/create-client";
import { DEFAULT_SETTINGS } from "@/lib/equality/defaults";
import { Role } from "@/lib/generated/prisma/enums";
import { demoAccount } from "./accounts";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const MEMBERS = [
  { role: Role.COMMITTEE_CHAIR, committeeRole: "CHAIR", bureauRole: 0, gender: "WOMAN", organisation: "جمعية نساء بني مطهر للتنمية (تجريبي)", category: 0, publicListing: true },
  { role: Role.COMMITTEE_RAPPORTEUR, committeeRole: "RAPPORTEUR", bureauRole: 2, gender: "WOMAN", organisation: "تعاونية الزربية الجرادية (تجريبي)", category: 3, publicListing: true },
  { role: Role.COMMITTEE_MEMBER, committeeRole: "MEMBER", bureauRole: null, gender: "WOMAN", organisation: "جمعية الأمل للأشخاص في وضعية إعاقة (تجريبي)", category: 2, publicListing: true },
  { role: Role.ASSOCIATION_REP, committeeRole: "MEMBER", bureauRole: null, gender: "MAN", organisation: "جمعية شباب الهضاب العليا (تجريبي)", category: 1, publicListing: true },
  { role: Role.CITIZEN, committeeRole: "MEMBER", bureauRole: null, gender: "MAN", organisation: null, category: 4, publicListing: false },
] as const;

export async function seedEquality(tx: Tx): Promise<void> {
  await tx.equalitySettings.upsert({ where: { id: 1 }, create: { id: 1, ...DEFAULT_SETTINGS }, update: {} });

  const memberIds: number[] = [];
  for (const m of MEMBERS) {
    const user = await tx.user.findUnique({ where: { email: demoAccount(m.role).email }, select: { id: true } });
    if (!user) continue;
    const profile = { role: m.committeeRole, bureauRole: m.bureauRole, gender: m.gender, organisation: m.organisation, category: m.category, publicListing: m.publicListing, termStart: day("2022-02-14") };
    const member = await tx.committeeMember.upsert({ where: { userId: user.id }, create: { userId: user.id, ...profile }, update: {}, select: { id: true } });
    memberIds.push(member.id);
  }

  if ((await tx.committeeMeeting.count()) === 0 && memberIds.length > 0) {
    await tx.committeeMeeting.create({
      data: {
        scheduledAt: new Date("2025-11-20T10:00:00Z"),
        place: "قاعة الاجتماعات بمقر الجماعة (اجتماع تجريبي)",
        agenda: "تتبع إدماج مقاربة النوع في مشاريع برنامج عمل الجماعة\nبرمجة دورات التكوين لسنة 2026\nطلب تجهيز مكتب للهيئة",
        minutes:
          "افتتحت الرئيسة الاجتماع بالترحيب بالأعضاء.\nعرضت المقررة حصيلة تتبع المشاريع ذات البعد النوعي، وسجلت الهيئة غياب مؤشرات مصنفة حسب الجنس في عدد من المشاريع.\nتمت مناقشة برنامج التكوين واقتراح تكوين حول منهجية إعداد العرائض.",
        decisions: "إعداد رأي حول الإنارة العمومية وسلامة النساء في الفضاءات العامة\nتنظيم دورة تكوينية حول مقاربة النوع في الميزانية",
        minutesPublishedAt: new Date("2025-11-27T09:00:00Z"),
        invitees: { create: memberIds.map((memberId, index) => ({ memberId, attended: index < 4 })) },
      },
    });
    // Held last week; the rapporteur has not written its minutes yet.
    await tx.committeeMeeting.create({
      data: {
        scheduledAt: new Date(Date.now() - 7 * 86_400_000),
        place: "دار الشباب ببني مطهر (اجتماع تجريبي)",
        agenda: "إعداد برنامج التكوين حول مقاربة النوع\nتتبع جواب المجلس على رأي الهيئة",
        invitees: { create: memberIds.map((memberId) => ({ memberId })) },
      },
    });
  }

  if ((await tx.committeeTraining.count()) === 0) {
    // About a month ahead, so that the demo always has a training open for registration.
    const startsAt = new Date(Date.now() + 30 * 86_400_000);
    startsAt.setUTCHours(9, 0, 0, 0);
    await tx.committeeTraining.create({
      data: {
        title: "مقاربة النوع في برمجة المشاريع الجماعية (تكوين تجريبي)",
        audience: "أعضاء الهيئة، الجمعيات، موظفو الجماعة والمنتخبون",
        startsAt,
        place: "قاعة الاجتماعات بمقر الجماعة",
        materialsUrl: null,
      },
    });
  }

  if ((await tx.committeeOpinion.count()) === 0) {
    const project = await tx.project.findFirst({ orderBy: { code: "asc" }, select: { id: true } });
    await tx.committeeOpinion.create({
      data: {
        kind: "OPINION",
        subject: "إدماج مقاربة النوع في مشاريع البرنامج (رأي تجريبي)",
        requestedBy: "COMMITTEE",
        concerns: project ? "PROJECT" : "PROGRAMME",
        projectId: project?.id ?? null,
        body: "توصي الهيئة بإدراج مؤشرات مصنفة حسب الجنس في تتبع هذا المشروع، وبإشراك جمعيات النساء والأشخاص في وضعية إعاقة في تحديد أولوياته.",
        status: "ANSWERED",
        votesFor: 4,
        votesAgainst: 0,
        votesAbstaining: 1,
        adoptedOn: day("2025-11-20"),
        sentOn: day("2025-11-28"),
        response: "PARTLY_ACCEPTED",
        responseText: "قرر المجلس إدراج مؤشرات مصنفة حسب الجنس ابتداء من التقرير المقبل، وأرجأ النظر في باقي التوصيات إلى دورة فبراير.",
        responseOn: day("2026-02-10"),
      },
    });
  }
}
