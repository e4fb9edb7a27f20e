// Demo participatory budget: the 2026 cycle, finished, with its ballots, exact results and one
// funded proposal that became a programme project; and the 2027 cycle in its proposal phase (its
// dates are set around the day the seed first runs, so that a fresh demo can propose at once).
// Idempotent: each cycle is created only when its year is missing.
import type { Tx } from "@/lib/db/create-client";
import { DEMO_ACCOUNTS } from "./accounts";

const DAY = 86_400_000;

const CHARTER_AR = `ميثاق الميزانية التشاركية لجماعة بني مطهر (نموذج تجريبي)
1. يحق لكل ساكن مسجل في البوابة ولكل جمعية عبر ممثلها اقتراح مشاريع تدخل في اختصاصات الجماعة.
2. تدرس المصالح التقنية كل مقترح وتحدد قابليته للإنجاز وكلفته المعتمدة، مع التعليل.
3. يصوت كل ساكن أكد بريده الإلكتروني بورقة واحدة، ويختار مشاريع لا يتجاوز مجموع كلفتها الغلاف المالي، ويمكنه تعديل ورقته إلى غاية إغلاق التصويت.
4. ترتب المشاريع حسب عدد الأصوات؛ وعند التساوي يقدم الأقل كلفة ثم الأسبق إيداعاً. وتمول حسب ترتيبها ما دام الغلاف يسمح بذلك.
5. تدرج المشاريع الممولة في برنامج عمل الجماعة وتنشر النتائج كبيانات مفتوحة.`;

const CHARTER_FR = `Charte du budget participatif de la commune de Beni Mathar (modèle de démonstration)
1. Tout habitant inscrit au portail, et toute association par son représentant, peut proposer des projets relevant des compétences de la commune.
2. Les services techniques étudient chaque proposition : faisabilité et coût retenu, avec le motif.
3. Chaque habitant dont l'adresse électronique est confirmée vote avec un seul bulletin, choisit des projets dont le total ne dépasse pas l'enveloppe, et peut le modifier jusqu'à la clôture du vote.
4. Les projets sont classés par nombre de voix ; à égalité, le moins coûteux puis le plus anciennement déposé passe d'abord. Ils sont financés dans l'ordre tant que l'enveloppe le permet.
5. Les projets financés entrent au programme d'action ; les résultats sont publiés en données ouvertes.`;

const utcDay = (value: string) => new Date(`${value}T00:00:00Z`);

export async function seedBudget(tx: Tx, now = new Date()): Promise<number> {
  const programme = await tx.programme.findFirst({ where: { startYear: { lte: 2026 }, endYear: { gte: 2027 } }, orderBy: { startYear: "desc" }, select: { id: true } });
  const axis = await tx.planAxis.findFirst({ where: { number: 2 }, select: { id: true } }) ?? (await tx.planAxis.findFirst({ orderBy: { number: "asc" }, select: { id: true } }));
  if (!programme || !axis) return 0;
  const users = await tx.user.findMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } }, orderBy: { email: "asc" }, select: { id: true, email: true } });
  const byLocal = (local: string) => users.find((u) => u.email.startsWith(`${local}@`))!.id;
  const staff = byLocal("editor");
  const douars = new Map((await tx.douar.findMany({ select: { id: true, slug: true } })).map((d) => [d.slug, d.id]));
  let created = 0;

  if (!(await tx.budgetCycle.findUnique({ where: { year: 2026 } }))) {
    const closed = (value: string) => new Date(`${value}T17:00:00Z`);
    const cycle = await tx.budgetCycle.create({
      data: {
        year: 2026, envelopeMad: 500_000, charterAr: CHARTER_AR, charterFr: CHARTER_FR,
        proposalsStart: utcDay("2026-02-02"), proposalsEnd: utcDay("2026-03-15"), voteStart: utcDay("2026-04-20"), voteEnd: utcDay("2026-05-10"),
        programmeId: programme.id, axisId: axis.id,
        proposalsClosedAt: closed("2026-03-15"), reviewClosedAt: closed("2026-04-19"), voteClosedAt: closed("2026-05-10"), resultsPublishedAt: closed("2026-05-11"), closedAt: closed("2026-06-30"),
        isDemo: true,
      },
      select: { id: true },
    });
    const review = { reviewedAt: closed("2026-04-10"), reviewedById: staff };
    const playground = await tx.budgetProposal.create({
      data: {
        cycleId: cycle.id, authorId: byLocal("association"), title: "ملعب قرب لفائدة الأطفال بدوار الأمل", description: "تهيئة ملعب صغير معشوشب ومسيج قرب المدرسة، يستفيد منه أطفال الدوار وشبابه بعد الدراسة.",
        douarId: douars.get("demo-douar-el-amal") ?? null, competence: "OWN", estimatedCostMad: 280_000, status: "FEASIBLE",
        reviewReason: "المشروع قابل للإنجاز على عقار جماعي قرب المدرسة؛ رفعت الكلفة لاحتساب السياج والإنارة.", revisedCostMad: 300_000, ...review,
        createdAt: closed("2026-02-10"),
      },
      select: { id: true },
    });
    const lights = await tx.budgetProposal.create({
      data: {
        cycleId: cycle.id, authorId: byLocal("citizen"), title: "إنارة عمومية بالطاقة الشمسية لمسلك دوار الهضبة", description: "تركيب أعمدة إنارة تعمل بالطاقة الشمسية على طول المسلك المؤدي إلى الطريق الإقليمية.",
        douarId: douars.get("demo-douar-el-hadba") ?? null, competence: "OWN", estimatedCostMad: 320_000, status: "FEASIBLE",
        reviewReason: "قابل للإنجاز؛ الكلفة المعتمدة حسب أثمنة الصفقة الإطار.", revisedCostMad: 350_000, ...review,
        createdAt: closed("2026-02-20"),
      },
      select: { id: true },
    });
    await tx.budgetProposal.create({
      data: {
        cycleId: cycle.id, authorId: byLocal("citizen"), title: "بناء مستشفى إقليمي", description: "بناء مستشفى كبير بمركز الجماعة.",
        douarId: null, competence: "SHARED", estimatedCostMad: 40_000_000, status: "NOT_FEASIBLE",
        reviewReason: "الصحة الاستشفائية ليست من اختصاصات الجماعة، والكلفة تفوق الغلاف المالي بكثير. أحيل المقترح على المصالح المختصة.", ...review,
        createdAt: closed("2026-03-01"),
      },
    });
    // The ballots behind the counts: six for the playground, four for the lights.
    const voters = users.map((u) => u.id);
    const choices: number[][] = voters.map((_, i) => (i < 6 ? [playground.id] : [lights.id]));
    for (const [i, voterId] of voters.entries()) {
      await tx.budgetBallot.create({ data: { cycleId: cycle.id, voterId, createdAt: closed("2026-04-25"), updatedAt: closed("2026-04-25"), choices: { create: choices[i]!.map((proposalId) => ({ proposalId })) } } });
    }
    const votes = (id: number) => choices.filter((c) => c.includes(id)).length;
    const project = await tx.project.create({
      data: {
        programmeId: programme.id, axisId: axis.id, code: `BP2026-${playground.id}`,
        titleAr: "ملعب قرب لفائدة الأطفال بدوار الأمل", titleFr: "Terrain de proximité pour les enfants du douar El Amal",
        descriptionAr: "مشروع ممول في إطار الميزانية التشاركية 2026.", descriptionFr: "Projet financé par le budget participatif 2026.",
        wholeCommune: false, competence: "OWN", startYear: 2026, endYear: 2026, estimatedCostMad: 300_000, status: "PLANNED", isDemo: true,
        douars: douars.get("demo-douar-el-amal") ? { create: [{ douarId: douars.get("demo-douar-el-amal")! }] } : undefined,
      },
      select: { id: true },
    });
    // Ranked by votes; the lights (350 000) no longer fit in what the playground (300 000) leaves of 500 000.
    await tx.budgetProposal.update({ where: { id: playground.id }, data: { voteCount: votes(playground.id), rank: 1, funded: true, projectId: project.id } });
    await tx.budgetProposal.update({ where: { id: lights.id }, data: { voteCount: votes(lights.id), rank: 2, funded: false } });
    created += 1;
  }

  if (!(await tx.budgetCycle.findUnique({ where: { year: 2027 } }))) {
    const today = new Date(Math.floor(now.getTime() / DAY) * DAY);
    const at = (days: number) => new Date(today.getTime() + days * DAY);
    const cycle = await tx.budgetCycle.create({
      data: {
        year: 2027, envelopeMad: 600_000, charterAr: CHARTER_AR.replace("(نموذج تجريبي)", "2027 (نموذج تجريبي)"), charterFr: CHARTER_FR.replace("(modèle de démonstration)", "2027 (modèle de démonstration)"),
        proposalsStart: at(-7), proposalsEnd: at(60), voteStart: at(75), voteEnd: at(105),
        programmeId: programme.id, axisId: axis.id, isDemo: true,
      },
      select: { id: true },
    });
    await tx.budgetProposal.createMany({
      data: [
        { cycleId: cycle.id, authorId: byLocal("association"), title: "تهيئة فضاء للقراءة بدار الشباب", description: "تجهيز قاعة بدار الشباب بالرفوف والكتب والحواسيب لفائدة التلاميذ.", douarId: null, competence: "OWN", estimatedCostMad: 120_000, createdAt: at(-5) },
        { cycleId: cycle.id, authorId: byLocal("citizen"), title: "خزان ماء للسقي بدوار الهضبة", description: "بناء خزان ماء صغير وربطه بالعين لتزويد الساكنة والماشية خلال الصيف.", douarId: douars.get("demo-douar-el-hadba") ?? null, competence: "SHARED", estimatedCostMad: 250_000, createdAt: at(-3) },
      ],
    });
    created += 1;
  }
  return created;
}
