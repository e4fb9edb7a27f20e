// The douar forum's categories (editable by an administrator afterwards: created when missing,
// never overwritten) and DEMO DATA — fictional topics in a few douars, in various statuses, with
// replies and official answers, written only while the forum has no topic: never touches real ones.
import type { Tx } from "@/lib/db/create-client";
import { FORUM_CATEGORIES } from "@/lib/forum/rules";
import { DEMO_ACCOUNTS } from "./accounts";

type DemoTopic = {
  douar: string | null;
  category: string;
  title: string;
  body: string;
  place?: string;
  daysAgo: number;
  status: "NEW" | "ACKNOWLEDGED" | "REFERRED" | "PLANNED" | "RESOLVED" | "OUTSIDE_COMPETENCE";
  replies: string[];
  answer?: string;
  note?: string;
  competentBody?: string;
  supporters: number;
};

const DEMO_TOPICS: readonly DemoTopic[] = [
  {
    douar: "demo-douar-el-amal", category: "waste", daysAgo: 40, status: "PLANNED", supporters: 3,
    title: "تراكم النفايات قرب المدرسة (مثال تجريبي)",
    body: "منذ أسابيع تتراكم الأكياس قرب باب المدرسة الابتدائية ولا تمر شاحنة جمع النفايات إلا نادراً.",
    place: "قرب باب المدرسة الابتدائية",
    replies: ["نفس المشكل في الزقاق المجاور، الأطفال يمرون يومياً بجانب النفايات."],
    answer: "شكراً على التنبيه. تمت برمجة حاويات جديدة ومرور أسبوعي للشاحنة ضمن مشروع تدبير النفايات بالدواوير.",
    note: "أدرج في مشروع برنامج عمل الجماعة الخاص بتدبير النفايات.",
  },
  {
    douar: "demo-douar-el-hadba", category: "lighting", daysAgo: 20, status: "ACKNOWLEDGED", supporters: 2,
    title: "انقطاع الإنارة العمومية في الطريق الرئيسية (مثال تجريبي)",
    body: "ثلاثة أعمدة للإنارة معطلة منذ شهر، والطريق مظلمة ليلاً.",
    replies: ["النساء يتجنبن الخروج بعد المغرب بسبب الظلام."],
    answer: "توصلت المصلحة التقنية بالموضوع وستعاين الأعمدة هذا الأسبوع.",
    note: "توصلنا بالموضوع، المعاينة مبرمجة.",
  },
  {
    douar: "demo-douar-es-sanabil", category: "sports-fields", daysAgo: 12, status: "NEW", supporters: 4,
    title: "Terrain de football sans clôture (exemple de démonstration)",
    body: "Le terrain du douar n'a ni clôture ni buts ; les jeunes jouent sur un sol plein de pierres.",
    replies: ["L'association des jeunes peut aider à l'entretien si la commune fournit le matériel."],
  },
  {
    douar: "demo-douar-el-mithal", category: "collective-lands", daysAgo: 30, status: "OUTSIDE_COMPETENCE", supporters: 1,
    title: "نزاع حول استغلال أرض الجماعة السلالية (مثال تجريبي)",
    body: "خلاف بين ذوي الحقوق حول استغلال قطعة أرض جماعية قرب الدوار.",
    replies: [],
    answer: "هذا الموضوع يدخل في اختصاص سلطة الوصاية على الجماعات السلالية، ونوجهكم إليها.",
    note: "خارج اختصاص الجماعة: الأراضي السلالية تحت وصاية وزارة الداخلية.",
    competentBody: "مجلس الوصاية على الجماعات السلالية (وزارة الداخلية)",
  },
  {
    douar: null, category: "disability-vulnerable", daysAgo: 6, status: "NEW", supporters: 2,
    title: "ولوجية مقر الجماعة للأشخاص في وضعية إعاقة (مثال تجريبي)",
    body: "الدرج أمام مكتب الحالة المدنية بدون ممر مائل، ويصعب على الأشخاص في وضعية إعاقة الولوج.",
    replies: ["أمي تستعمل كرسياً متحركاً ولا تستطيع الدخول وحدها."],
  },
  {
    douar: "ez-zaouia", category: "drinking-water", daysAgo: 60, status: "RESOLVED", supporters: 5,
    title: "انقطاع الماء في السقاية العمومية (مثال تجريبي)",
    body: "السقاية العمومية في وسط الدوار متوقفة منذ أسبوع.",
    replies: ["عادت المياه، شكراً."],
    answer: "تم إصلاح القناة الرئيسية وعادت السقاية إلى العمل.",
    note: "تم الإصلاح.",
  },
];

const PATH: Record<DemoTopic["status"], DemoTopic["status"][]> = {
  NEW: [],
  ACKNOWLEDGED: ["ACKNOWLEDGED"],
  REFERRED: ["ACKNOWLEDGED", "REFERRED"],
  PLANNED: ["ACKNOWLEDGED", "PLANNED"],
  RESOLVED: ["ACKNOWLEDGED", "RESOLVED"],
  OUTSIDE_COMPETENCE: ["OUTSIDE_COMPETENCE"],
};

export async function seedForumCategories(tx: Tx): Promise<void> {
  for (const [position, { slug, nameAr, nameFr, competence }] of FORUM_CATEGORIES.entries()) {
    await tx.forumCategory.upsert({ where: { slug }, create: { slug, nameAr, nameFr, competence, position }, update: {} });
  }
}

export async function seedForum(tx: Tx, now = new Date()): Promise<number> {
  await seedForumCategories(tx);
  if ((await tx.forumTopic.count()) > 0) return 0;
  const emails = DEMO_ACCOUNTS.map((a) => a.email);
  const users = await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  const byLocal = (local: string) => users.find((u) => u.email.startsWith(`${local}@`))!.id;
  const author = byLocal("citizen");
  const neighbours = ["association", "committee-member", "committee-rapporteur", "committee-chair", "auditor"].map(byLocal);
  const staff = byLocal("editor");
  const categories = new Map((await tx.forumCategory.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]));
  const douars = new Map((await tx.douar.findMany({ select: { id: true, slug: true } })).map((d) => [d.slug, d.id]));
  const project = await tx.project.findFirst({ orderBy: { code: "asc" }, select: { id: true } });
  const day = 86_400_000;

  for (const topic of DEMO_TOPICS) {
    const createdAt = new Date(now.getTime() - topic.daysAgo * day);
    const at = (days: number) => new Date(createdAt.getTime() + days * day);
    const planned = topic.status === "PLANNED" && project ? project.id : null;
    const status = topic.status === "PLANNED" && !planned ? "ACKNOWLEDGED" : topic.status;
    await tx.forumTopic.create({
      data: {
        douarId: topic.douar ? douars.get(topic.douar)! : null,
        categoryId: categories.get(topic.category)!,
        authorId: author,
        title: topic.title,
        body: topic.body,
        place: topic.place ?? null,
        status,
        projectId: planned,
        competentBody: topic.competentBody ?? null,
        firstOfficialAnswerAt: topic.answer ? at(2) : null,
        isDemo: true,
        createdAt,
        posts: {
          create: [
            ...topic.replies.map((body, i) => ({ authorId: neighbours[i % neighbours.length]!, body, createdAt: at(1) })),
            ...(topic.answer ? [{ authorId: staff, body: topic.answer, official: true, createdAt: at(2) }] : []),
          ],
        },
        supports: { create: neighbours.slice(0, topic.supporters).map((userId) => ({ userId, createdAt: at(1) })) },
        follows: { create: [{ userId: author, createdAt }] },
        statusChanges: {
          create: PATH[status].map((to, i, path) => ({
            fromStatus: i === 0 ? "NEW" : path[i - 1]!,
            toStatus: to,
            note: to === status ? (topic.note ?? "—") : "توصلنا بالموضوع.",
            projectId: to === "PLANNED" ? planned : null,
            competentBody: to === "OUTSIDE_COMPETENCE" ? (topic.competentBody ?? null) : null,
            authorId: staff,
            createdAt: at(2 + i),
          })),
        },
      },
    });
  }
  await seedDemoMeeting(tx, douars.get("demo-douar-el-amal")!, now);
  return DEMO_TOPICS.length;
}

/** A past meeting in a demo douar with published minutes, its outcome linked to the douar's topic. */
async function seedDemoMeeting(tx: Tx, douarId: number, now: Date): Promise<void> {
  const topics = await tx.forumTopic.findMany({ where: { douarId, isDemo: true }, select: { id: true } });
  if (topics.length === 0) return;
  await tx.forumMeeting.create({
    data: {
      douarId,
      scheduledAt: new Date(now.getTime() - 10 * 86_400_000),
      place: "مدرسة الدوار (لقاء تجريبي)",
      minutes: "حضر اللقاء 32 من السكان، منهم 14 امرأة. عرضت الجماعة برنامج جمع النفايات، واقترح السكان مكاناً للحاويات بعيداً عن باب المدرسة.",
      minutesPublishedAt: new Date(now.getTime() - 8 * 86_400_000),
      items: { create: topics.map((topic, index) => ({ topicId: topic.id, position: index + 1, outcome: "اتُّفق على وضع حاويتين قرب الساحة ومرور الشاحنة كل أسبوع." })) },
    },
  });
}
