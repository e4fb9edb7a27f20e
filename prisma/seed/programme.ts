// DEMO DATA — every figure in this file is FICTIONAL: the adoption dates and votes, the
// consultations and their attendance, the projects' costs, funding lines, agreement references,
// milestones, indicators and progress. It exists so that a person opening the demo portal sees a
// living action programme; nothing here describes what the commune of Bni Mathar actually decided,
// financed or carried out. Every project is stored with isDemo = true and every agreement
// reference starts with "DEMO-".
//
// The commune's action programme 2022–2027 (برنامج عمل الجماعة, organic law 113.14 arts. 78–82,
// decree 2.16.301), with one project per activity of the adopted citizen-participation plan
// (plan.ts). The project's Arabic description is the activity's adopted text, word for word, and
// its French description the plan's translation of it; the short titles are the seed's summaries.
//
// Idempotent, and respectful of what staff record afterwards:
// - the programme is keyed on its start year and only created when missing (its adoption record is
//   editable); its consultations are written only while it has none;
// - a project is keyed on its code and only created when missing, together with its douars,
//   funding lines, partners, milestones and indicators (and their yearly values); an existing
//   project is never touched, and neither are its child rows;
// - progress updates are created only for a project that has none (they are append-only anyway:
//   the database refuses to UPDATE them).
// A project is not created for an activity that another project already carries out.
import { Competence, ConsultationKind, GenderTag, ProjectStatus, Role } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/db/create-client";
import { isValidProgrammePeriod, statusNeedsReason } from "@/lib/programme/rules";
import { DEMO_ASSOCIATION, demoAccount } from "./accounts";
import { PLAN_AXES } from "./plan";

// ---------------------------------------------------------------------------------------------
// The programme and its adoption record (decree 2.16.301 arts. 4–12; organic law arts. 43, 118).
// ---------------------------------------------------------------------------------------------

/** A calendar date (stored in DATE columns). */
function day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export const PROGRAMME_SEED = {
  startYear: 2022,
  endYear: 2027,
  titleAr: "برنامج عمل جماعة بني مطهر 2022–2027",
  titleFr: "Programme d'action de la commune de Bni Mathar 2022-2027",
  // Information meeting on 20 January 2022, decision taken on 24 January (first year of the mandate
  // elected in September 2021), posted at the commune's seat 10 days later (≤ 15 days, decree art. 5).
  decisionToPrepareOn: day("2022-01-24"),
  decisionPostedOn: day("2022-02-03"),
  // Draft before the standing committees at least 30 days before the adopting session (decree art. 10).
  committeeReviewOn: day("2022-08-09"),
  // Extraordinary session, before the end of the mandate's first year (decree art. 11). 11 members in
  // office: 8 for is above the absolute majority of members in office (6) required by art. 43.
  councilVoteOn: day("2022-09-15"),
  votesFor: 8,
  votesAgainst: 1,
  votesAbstaining: 2,
  // Governor's visa 14 days after the vote (≤ 20 days, art. 118).
  governorVisaOn: day("2022-09-29"),
} as const;

export interface ConsultationSeed {
  readonly kind: ConsultationKind;
  readonly heldOn: Date;
  readonly participantsWomen: number;
  readonly participantsMen: number;
  readonly summaryAr: string;
  readonly summaryFr: string;
}

/** The consultations of decree 2.16.301 art. 7: citizens and associations (art. 119), and the IEECAG. */
export const CONSULTATIONS: readonly ConsultationSeed[] = [
  {
    kind: ConsultationKind.DOUAR_WORKSHOP,
    heldOn: day("2022-03-15"),
    participantsWomen: 18,
    participantsMen: 34,
    summaryAr:
      "ورشة التشخيص التشاركي بدوار الزاوية (معطيات تجريبية): طرحت الساكنة ضعف الخدمات الصحية وغياب فضاءات رياضية للشباب وتراكم النفايات قرب المساكن.",
    summaryFr:
      "Atelier de diagnostic participatif au douar Ez-Zaouia (données de démonstration) : les habitants ont soulevé la faiblesse des services de santé, l'absence d'espaces sportifs pour les jeunes et l'accumulation de déchets près des habitations.",
  },
  {
    kind: ConsultationKind.DOUAR_WORKSHOP,
    heldOn: day("2022-03-22"),
    participantsWomen: 12,
    participantsMen: 29,
    summaryAr:
      "ورشة التشخيص التشاركي بدوار أولاد قدور (معطيات تجريبية): تعثر أشغال التجزئة، وصعوبة الربط بالكهرباء، والحاجة إلى ملعب للقرب وإلى التطهير السائل.",
    summaryFr:
      "Atelier de diagnostic participatif au douar Ouled Kaddour (données de démonstration) : travaux du lotissement à l'arrêt, difficulté du raccordement à l'électricité, besoin d'un terrain de proximité et d'assainissement liquide.",
  },
  {
    kind: ConsultationKind.ASSOCIATIONS,
    heldOn: day("2022-04-12"),
    participantsWomen: 9,
    participantsMen: 21,
    summaryAr:
      "لقاء تشاوري مع جمعيات المجتمع المدني (معطيات تجريبية): تقديم نتائج التشخيص وترتيب الأولويات، واقتراح آليات لإشراك الجمعيات في تتبع تنفيذ البرنامج.",
    summaryFr:
      "Rencontre de concertation avec les associations de la société civile (données de démonstration) : présentation des résultats du diagnostic et classement des priorités, propositions pour associer les associations au suivi de l'exécution du programme.",
  },
  {
    kind: ConsultationKind.EQUALITY_COMMITTEE,
    heldOn: day("2022-05-10"),
    participantsWomen: 7,
    participantsMen: 3,
    summaryAr:
      "استشارة هيئة المساواة وتكافؤ الفرص ومقاربة النوع (معطيات تجريبية): رأي حول إدماج مقاربة النوع في المشاريع، وطلب مؤشرات مصنفة حسب الجنس ومشاريع موجهة للنساء والأشخاص في وضعية إعاقة.",
    summaryFr:
      "Consultation de l'Instance de l'équité, de l'égalité des chances et de l'approche genre (données de démonstration) : avis sur l'intégration de l'approche genre dans les projets, demande d'indicateurs ventilés par sexe et de projets ciblant les femmes et les personnes en situation de handicap.",
  },
];

// ---------------------------------------------------------------------------------------------
// The projects: one per activity of the plan.
// ---------------------------------------------------------------------------------------------

const COMMUNE_BUDGET = "ميزانية الجماعة (Budget de la commune)";
const INDH = "المبادرة الوطنية للتنمية البشرية (INDH)";
const PROVINCE = "مجلس عمالة إقليم جرادة (Conseil provincial de Jerada)";
const REGION = "مجلس جهة الشرق (Conseil de la région de l'Oriental)";

const SERVICE = {
  communication: "مكتب التواصل (Bureau de la communication)",
  planning: "مصلحة التخطيط والبرمجة (Service de la planification et de la programmation)",
  social: "مصلحة الشؤون الاجتماعية والثقافية والرياضية (Service des affaires sociales, culturelles et sportives)",
  council: "كتابة المجلس (Secrétariat du conseil)",
  budget: "مصلحة الميزانية والمحاسبة (Service du budget et de la comptabilité)",
  technical: "المصلحة التقنية (Service technique)",
  information: "الشخص المكلف بالمعلومات (Chargé de l'accès à l'information)",
  administration: "مصلحة الموارد البشرية والشؤون الإدارية (Service des ressources humaines et des affaires administratives)",
} as const;

export interface FundingSeed {
  readonly partner: string;
  readonly amountMad: number;
  readonly agreementRef?: string;
}

export interface MilestoneSeed {
  readonly titleAr: string;
  readonly titleFr: string;
  readonly dueOn: string;
  readonly doneOn?: string;
}

export interface IndicatorSeed {
  readonly nameAr: string;
  readonly nameFr: string;
  readonly unitAr: string;
  readonly unitFr: string;
  readonly baseline: number;
  readonly target: number;
  /** Measured value by year. */
  readonly values: Readonly<Record<number, number>>;
}

export interface ProgressSeed {
  /** Date of the record (YYYY-MM-DD). */
  readonly on: string;
  readonly physical: number;
  /** Spent / estimated cost, in percent. */
  readonly financial: number;
  /** Committed / estimated cost, in percent (≥ financial). Ignored when the project has no cost. */
  readonly committed: number;
  readonly noteAr: string;
  readonly noteFr: string;
}

export interface ProjectSeed {
  /** Axis number and the activity's position in it (plan.ts). */
  readonly axis: number;
  readonly position: number;
  readonly titleAr: string;
  readonly titleFr: string;
  readonly competence: Competence;
  readonly priorityRank: number;
  readonly startYear: number;
  readonly endYear: number;
  /** Whole dirhams; null when not yet estimated. */
  readonly costMad: number | null;
  readonly responsibleService: string;
  readonly status: ProjectStatus;
  readonly statusReasonAr?: string;
  readonly statusReasonFr?: string;
  readonly genderTag: GenderTag;
  readonly constraintsAr?: string;
  readonly constraintsFr?: string;
  readonly solutionsAr?: string;
  readonly solutionsFr?: string;
  /** Douar slugs (commune.ts); when absent the project concerns the whole commune. */
  readonly douars?: readonly string[];
  readonly funding?: readonly FundingSeed[];
  /** The demo association is a partner. */
  readonly associationPartner?: boolean;
  readonly milestones: readonly MilestoneSeed[];
  readonly indicators?: readonly IndicatorSeed[];
  /** In chronological order; none for a planned project. */
  readonly updates?: readonly ProgressSeed[];
}

/** "A1-01": axis number, then the activity's position in the axis. */
export function projectCode(axis: number, position: number): string {
  return `A${axis}-${String(position).padStart(2, "0")}`;
}

export const PROJECTS: readonly ProjectSeed[] = [
  // --- Axis 1: participation in implementing, following up and evaluating the programme ---------
  {
    axis: 1,
    position: 1,
    titleAr: "نشر برنامج عمل الجماعة ورقيا ورقميا",
    titleFr: "Diffusion du programme d'action sur papier et en ligne",
    competence: Competence.OWN,
    priorityRank: 3,
    startYear: 2022,
    endYear: 2023,
    costMad: 60_000,
    responsibleService: SERVICE.communication,
    status: ProjectStatus.COMPLETED,
    genderTag: GenderTag.SENSITIVE,
    funding: [{ partner: COMMUNE_BUDGET, amountMad: 60_000 }],
    milestones: [
      { titleAr: "طبع نسخة مبسطة من البرنامج وتوزيعها", titleFr: "Impression et distribution d'une version simplifiée du programme", dueOn: "2022-12-31", doneOn: "2022-12-20" },
      { titleAr: "تعليق ملخص البرنامج بمقر الجماعة وبالدواوير", titleFr: "Affichage du résumé du programme au siège de la commune et dans les douars", dueOn: "2023-01-31", doneOn: "2023-01-26" },
      { titleAr: "نشر النص الكامل على الصفحة الرسمية للجماعة", titleFr: "Publication du texte intégral sur la page officielle de la commune", dueOn: "2023-03-31", doneOn: "2023-04-10" },
    ],
    indicators: [
      {
        nameAr: "عدد النسخ الموزعة من البرنامج",
        nameFr: "Exemplaires du programme distribués",
        unitAr: "نسخة",
        unitFr: "exemplaires",
        baseline: 0,
        target: 1000,
        values: { 2022: 350, 2023: 1000 },
      },
    ],
    updates: [
      { on: "2022-11-30", physical: 40, financial: 30, committed: 100, noteAr: "إعداد النسخة المبسطة وإطلاق طلب الطبع.", noteFr: "Version simplifiée rédigée, commande d'impression lancée." },
      { on: "2023-02-15", physical: 80, financial: 75, committed: 100, noteAr: "توزيع النسخ على الدواوير والجمعيات وتعليق الملخص.", noteFr: "Exemplaires distribués aux douars et aux associations, résumé affiché." },
      { on: "2023-06-30", physical: 100, financial: 97, committed: 100, noteAr: "اكتمل النشر، بما فيه النص الكامل على الصفحة الرسمية.", noteFr: "Diffusion achevée, y compris le texte intégral sur la page officielle." },
    ],
  },
  {
    axis: 1,
    position: 2,
    titleAr: "لجنة مختلطة لتتبع وتحيين برنامج العمل",
    titleFr: "Comité mixte de suivi et de mise à jour du programme",
    competence: Competence.OWN,
    priorityRank: 8,
    startYear: 2022,
    endYear: 2027,
    costMad: 40_000,
    responsibleService: SERVICE.planning,
    status: ProjectStatus.IN_PROGRESS,
    genderTag: GenderTag.SENSITIVE,
    constraintsAr: "حضور غير منتظم لممثلي المصالح اللاممركزة في اجتماعات اللجنة.",
    constraintsFr: "Présence irrégulière des représentants des services déconcentrés aux réunions du comité.",
    solutionsAr: "جدولة نصف سنوية ثابتة للاجتماعات تبلغ عبر السلطة الإقليمية في بداية كل سنة.",
    solutionsFr: "Calendrier semestriel fixe des réunions, communiqué par l'autorité provinciale au début de chaque année.",
    funding: [{ partner: COMMUNE_BUDGET, amountMad: 40_000 }],
    milestones: [
      { titleAr: "قرار إحداث لجنة التتبع المختلطة", titleFr: "Décision créant le comité mixte de suivi", dueOn: "2022-12-31", doneOn: "2023-01-16" },
      { titleAr: "أول تقرير سنوي لتقييم التنفيذ", titleFr: "Premier rapport annuel d'évaluation de l'exécution", dueOn: "2023-12-31", doneOn: "2024-02-05" },
      { titleAr: "إعداد مشروع تحيين البرنامج (السنة الثالثة)", titleFr: "Préparation du projet de mise à jour du programme (troisième année)", dueOn: "2025-10-31", doneOn: "2025-10-20" },
      { titleAr: "تقرير التقييم النهائي للبرنامج", titleFr: "Rapport d'évaluation finale du programme", dueOn: "2027-06-30" },
    ],
    indicators: [
      {
        nameAr: "اجتماعات لجنة التتبع في السنة",
        nameFr: "Réunions du comité de suivi par an",
        unitAr: "اجتماع",
        unitFr: "réunions",
        baseline: 0,
        target: 2,
        values: { 2022: 0, 2023: 2, 2024: 2, 2025: 1, 2026: 2 },
      },
    ],
    updates: [
      { on: "2023-03-31", physical: 20, financial: 10, committed: 25, noteAr: "تنصيب اللجنة وعقد اجتماعها الأول.", noteFr: "Comité installé, première réunion tenue." },
      { on: "2024-03-31", physical: 45, financial: 35, committed: 50, noteAr: "عرض أول تقرير سنوي على اللجان الدائمة.", noteFr: "Premier rapport annuel présenté aux commissions permanentes." },
      { on: "2025-11-15", physical: 65, financial: 55, committed: 70, noteAr: "إعداد مشروع التحيين بعد استشارة الجمعيات والهيئة.", noteFr: "Projet de mise à jour préparé après consultation des associations et de l'Instance." },
      { on: "2026-09-30", physical: 80, financial: 68, committed: 80, noteAr: "تتبع منتظم؛ يبقى التقييم النهائي.", noteFr: "Suivi régulier ; reste l'évaluation finale." },
    ],
  },
  {
    axis: 1,
    position: 3,
    titleAr: "لقاءات دورية مع الجمعيات حول نسبة تنفيذ البرنامج",
    titleFr: "Rencontres périodiques avec les associations sur l'exécution du programme",
    competence: Competence.OWN,
    priorityRank: 13,
    startYear: 2023,
    endYear: 2027,
    costMad: 35_000,
    responsibleService: SERVICE.communication,
    status: ProjectStatus.IN_PROGRESS,
    genderTag: GenderTag.SENSITIVE,
    constraintsAr: "تباعد الدواوير وصعوبة تنقل ممثلي الجمعيات.",
    constraintsFr: "Dispersion des douars et difficulté de déplacement des représentants des associations.",
    solutionsAr: "عقد اللقاءات بالتناوب بين الزاوية وأولاد قدور، وتوفير النقل عند الحاجة.",
    solutionsFr: "Tenir les rencontres en alternance à Ez-Zaouia et à Ouled Kaddour, avec un transport au besoin.",
    douars: ["ez-zaouia", "ouled-kaddour"],
    funding: [{ partner: COMMUNE_BUDGET, amountMad: 35_000 }],
    milestones: [
      { titleAr: "اللقاء الأول مع الجمعيات", titleFr: "Première rencontre avec les associations", dueOn: "2023-05-31", doneOn: "2023-05-18" },
      { titleAr: "نشر محاضر اللقاءات", titleFr: "Publication des comptes rendus des rencontres", dueOn: "2023-06-30", doneOn: "2023-06-12" },
      { titleAr: "لقاء عمومي لمنتصف المدة", titleFr: "Rencontre publique à mi-parcours", dueOn: "2025-04-30", doneOn: "2025-04-22" },
      { titleAr: "لقاء الحصيلة النهائية", titleFr: "Rencontre de bilan final", dueOn: "2027-05-31" },
    ],
    indicators: [
      {
        nameAr: "الجمعيات المشاركة في اللقاءات",
        nameFr: "Associations participant aux rencontres",
        unitAr: "جمعية",
        unitFr: "associations",
        baseline: 4,
        target: 20,
        values: { 2023: 8, 2024: 12, 2025: 15, 2026: 17 },
      },
    ],
    updates: [
      { on: "2023-06-30", physical: 15, financial: 10, committed: 20, noteAr: "عقد اللقاء الأول بالزاوية ونشر محضره.", noteFr: "Première rencontre tenue à Ez-Zaouia, compte rendu publié." },
      { on: "2024-12-31", physical: 45, financial: 38, committed: 45, noteAr: "لقاءان في السنة، بالتناوب بين الدوارين.", noteFr: "Deux rencontres par an, en alternance entre les deux douars." },
      { on: "2026-06-30", physical: 70, financial: 60, committed: 70, noteAr: "مشاركة 17 جمعية؛ عرض نسبة التنفيذ والصعوبات.", noteFr: "17 associations présentes ; taux d'exécution et difficultés présentés." },
    ],
  },

  // --- Axis 2: tools and methods of participation ----------------------------------------------
  {
    axis: 2,
    position: 1,
    titleAr: "دورات تكوينية لفائدة هيئة المساواة وتكافؤ الفرص ومقاربة النوع",
    titleFr: "Formations pour l'Instance de l'équité, de l'égalité des chances et de l'approche genre",
    competence: Competence.OWN,
    priorityRank: 6,
    startYear: 2022,
    endYear: 2024,
    costMad: 80_000,
    responsibleService: SERVICE.social,
    status: ProjectStatus.COMPLETED,
    genderTag: GenderTag.TARGETED,
    funding: [
      { partner: COMMUNE_BUDGET, amountMad: 30_000 },
      { partner: INDH, amountMad: 50_000, agreementRef: "DEMO-INDH-JRD-2022-031" },
    ],
    milestones: [
      { titleAr: "تشخيص حاجيات أعضاء الهيئة", titleFr: "Diagnostic des besoins des membres de l'Instance", dueOn: "2022-10-31", doneOn: "2022-10-12" },
      { titleAr: "ثلاث دورات: الميزانية المستجيبة للنوع، الترافع، تتبع البرنامج", titleFr: "Trois sessions : budget sensible au genre, plaidoyer, suivi du programme", dueOn: "2023-06-30", doneOn: "2023-07-03" },
      { titleAr: "تقييم أثر التكوين", titleFr: "Évaluation des effets de la formation", dueOn: "2024-03-31", doneOn: "2024-02-28" },
    ],
    indicators: [
      {
        nameAr: "أعضاء الهيئة المستفيدون من التكوين",
        nameFr: "Membres de l'Instance formés",
        unitAr: "عضو(ة)",
        unitFr: "membres",
        baseline: 0,
        target: 12,
        values: { 2022: 4, 2023: 10, 2024: 12 },
      },
      {
        nameAr: "نسبة النساء بين المستفيدين",
        nameFr: "Part des femmes parmi les bénéficiaires",
        unitAr: "%",
        unitFr: "%",
        baseline: 0,
        target: 60,
        values: { 2022: 75, 2023: 70, 2024: 67 },
      },
    ],
    updates: [
      { on: "2022-12-15", physical: 30, financial: 25, committed: 60, noteAr: "إنجاز التشخيص والدورة الأولى.", noteFr: "Diagnostic réalisé, première session tenue." },
      { on: "2023-07-10", physical: 75, financial: 70, committed: 100, noteAr: "إنجاز الدورات الثلاث بشراكة مع المبادرة الوطنية للتنمية البشرية.", noteFr: "Les trois sessions réalisées avec l'INDH." },
      { on: "2024-03-15", physical: 100, financial: 96, committed: 100, noteAr: "تقييم الأثر وتسليم الشواهد؛ المشروع منجز.", noteFr: "Évaluation des effets et remise des attestations ; projet achevé." },
    ],
  },
  {
    axis: 2,
    position: 2,
    titleAr: "ميثاق التواصل الرقمي عبر وسائل التواصل الاجتماعي",
    titleFr: "Charte de communication numérique par les réseaux sociaux",
    competence: Competence.OWN,
    priorityRank: 15,
    startYear: 2022,
    endYear: 2023,
    costMad: 20_000,
    responsibleService: SERVICE.communication,
    status: ProjectStatus.COMPLETED,
    genderTag: GenderTag.NOT_ASSESSED,
    funding: [{ partner: COMMUNE_BUDGET, amountMad: 20_000 }],
    milestones: [
      { titleAr: "اعتماد ميثاق التواصل الرقمي", titleFr: "Adoption de la charte de communication numérique", dueOn: "2022-09-30", doneOn: "2022-09-20" },
      { titleAr: "تكوين عونين في تدبير المحتوى", titleFr: "Formation de deux agents à la gestion des contenus", dueOn: "2022-12-31", doneOn: "2023-01-12" },
    ],
    indicators: [
      {
        nameAr: "المنشورات الإخبارية في الشهر",
        nameFr: "Publications d'information par mois",
        unitAr: "منشور/شهر",
        unitFr: "publications/mois",
        baseline: 0,
        target: 8,
        values: { 2022: 3, 2023: 9, 2024: 10, 2025: 11, 2026: 12 },
      },
    ],
    updates: [
      { on: "2022-10-31", physical: 50, financial: 40, committed: 100, noteAr: "اعتماد الميثاق واقتناء هاتف ذكي للتواصل.", noteFr: "Charte adoptée, smartphone de communication acquis." },
      { on: "2023-04-30", physical: 100, financial: 95, committed: 100, noteAr: "تكوين العونين وانتظام النشر؛ المشروع منجز.", noteFr: "Agents formés, publication régulière ; projet achevé." },
    ],
  },
  {
    axis: 2,
    position: 3,
    titleAr: "تكوين الجمعيات في الترافع وتقديم العرائض",
    titleFr: "Former les associations au plaidoyer et aux pétitions",
    competence: Competence.OWN,
    priorityRank: 10,
    startYear: 2023,
    endYear: 2026,
    costMad: 90_000,
    responsibleService: SERVICE.social,
    status: ProjectStatus.IN_PROGRESS,
    genderTag: GenderTag.SENSITIVE,
    constraintsAr: "ضعف المهارات الرقمية لدى بعض الجمعيات القروية.",
    constraintsFr: "Faibles compétences numériques de certaines associations rurales.",
    solutionsAr: "ورشات تطبيقية بالدواوير ودليل مطبوع مع نموذج العريضة.",
    solutionsFr: "Ateliers pratiques dans les douars et guide imprimé avec un modèle de pétition.",
    funding: [
      { partner: COMMUNE_BUDGET, amountMad: 30_000 },
      { partner: INDH, amountMad: 60_000, agreementRef: "DEMO-INDH-JRD-2023-014" },
    ],
    associationPartner: true,
    milestones: [
      { titleAr: "الدورة التكوينية الأولى", titleFr: "Premier cycle de formation", dueOn: "2023-11-30", doneOn: "2023-11-25" },
      { titleAr: "دليل عملي للعريضة بالعربية والأمازيغية", titleFr: "Guide pratique de la pétition en arabe et en amazighe", dueOn: "2024-06-30", doneOn: "2024-09-10" },
      { titleAr: "الدورة الثانية بالدواوير", titleFr: "Deuxième cycle dans les douars", dueOn: "2025-11-30", doneOn: "2025-12-06" },
      { titleAr: "تقييم نهائي", titleFr: "Évaluation finale", dueOn: "2026-12-31" },
    ],
    indicators: [
      {
        nameAr: "الجمعيات المستفيدة من التكوين",
        nameFr: "Associations formées",
        unitAr: "جمعية",
        unitFr: "associations",
        baseline: 0,
        target: 25,
        values: { 2023: 9, 2024: 14, 2025: 21, 2026: 23 },
      },
      {
        nameAr: "العرائض المودعة لدى المجلس (تراكمي)",
        nameFr: "Pétitions déposées auprès du conseil (cumul)",
        unitAr: "عريضة",
        unitFr: "pétitions",
        baseline: 0,
        target: 3,
        values: { 2023: 0, 2024: 1, 2025: 1, 2026: 2 },
      },
    ],
    updates: [
      { on: "2023-12-10", physical: 25, financial: 20, committed: 40, noteAr: "الدورة الأولى لفائدة 9 جمعيات.", noteFr: "Premier cycle au profit de 9 associations." },
      { on: "2024-09-30", physical: 50, financial: 45, committed: 70, noteAr: "طبع الدليل العملي وتوزيعه.", noteFr: "Guide pratique imprimé et distribué." },
      { on: "2025-12-20", physical: 80, financial: 72, committed: 90, noteAr: "الدورة الثانية بالدواوير؛ 21 جمعية مكونة.", noteFr: "Deuxième cycle dans les douars ; 21 associations formées." },
      { on: "2026-10-15", physical: 90, financial: 80, committed: 90, noteAr: "مواكبة الجمعيات في إعداد عرائضها؛ يبقى التقييم.", noteFr: "Accompagnement des associations dans leurs pétitions ; reste l'évaluation." },
    ],
  },
  {
    axis: 2,
    position: 4,
    titleAr: "تشجيع الجمعيات على المشاركة في اتخاذ القرار المحلي",
    titleFr: "Participation des associations à la décision locale",
    competence: Competence.OWN,
    priorityRank: 14,
    startYear: 2023,
    endYear: 2027,
    costMad: 30_000,
    responsibleService: SERVICE.council,
    status: ProjectStatus.IN_PROGRESS,
    genderTag: GenderTag.SENSITIVE,
    funding: [{ partner: COMMUNE_BUDGET, amountMad: 30_000 }],
    milestones: [
      { titleAr: "نشر جدول أعمال الدورات قبل انعقادها", titleFr: "Publication de l'ordre du jour des sessions avant leur tenue", dueOn: "2023-02-28", doneOn: "2023-02-01" },
      { titleAr: "سجل ملاحظات الجمعيات على جدول الأعمال", titleFr: "Registre des observations des associations sur l'ordre du jour", dueOn: "2024-01-31", doneOn: "2024-03-15" },
      { titleAr: "جواب مكتوب على كل ملاحظة", titleFr: "Réponse écrite à chaque observation", dueOn: "2025-06-30", doneOn: "2025-06-02" },
    ],
    indicators: [
      {
        nameAr: "ملاحظات الجمعيات قبل الدورات في السنة",
        nameFr: "Observations des associations avant les sessions, par an",
        unitAr: "ملاحظة",
        unitFr: "observations",
        baseline: 0,
        target: 30,
        values: { 2023: 6, 2024: 11, 2025: 17, 2026: 19 },
      },
    ],
    updates: [
      { on: "2023-06-30", physical: 20, financial: 15, committed: 30, noteAr: "نشر جدول أعمال دورة ماي مسبقا.", noteFr: "Ordre du jour de la session de mai publié à l'avance." },
      { on: "2025-03-31", physical: 50, financial: 40, committed: 60, noteAr: "فتح سجل الملاحظات بمقر الجماعة.", noteFr: "Registre des observations ouvert au siège de la commune." },
      { on: "2026-07-31", physical: 65, financial: 50, committed: 60, noteAr: "أجوبة مكتوبة على الملاحظات منشورة.", noteFr: "Réponses écrites aux observations publiées." },
    ],
  },
  {
    axis: 2,
    position: 5,
    titleAr: "تجربة الميزانية التشاركية",
    titleFr: "Expérience de budget participatif",
    competence: Competence.OWN,
    priorityRank: 19,
    startYear: 2026,
    endYear: 2027,
    costMad: null,
    responsibleService: SERVICE.budget,
    status: ProjectStatus.PLANNED,
    genderTag: GenderTag.SENSITIVE,
    constraintsAr: "غياب إطار قانوني ملزم للميزانية التشاركية في القانون التنظيمي 113.14.",
    constraintsFr: "Absence de cadre juridique contraignant pour le budget participatif dans la loi organique 113.14.",
    solutionsAr: "تجربة استشارية على جزء من ميزانية التجهيز لسنة 2027 بميثاق يصادق عليه المجلس.",
    solutionsFr: "Expérience consultative sur une part du budget d'équipement 2027, avec une charte adoptée par le conseil.",
    milestones: [
      { titleAr: "دراسة الجدوى", titleFr: "Étude de faisabilité", dueOn: "2026-12-31" },
      { titleAr: "ميثاق الميزانية التشاركية", titleFr: "Charte du budget participatif", dueOn: "2027-03-31" },
      { titleAr: "الدورة الأولى للاقتراح والتصويت", titleFr: "Premier cycle de propositions et de vote", dueOn: "2027-10-31" },
    ],
    indicators: [
      {
        nameAr: "حصة ميزانية التجهيز المعروضة للمشاركة",
        nameFr: "Part du budget d'équipement soumise à la participation",
        unitAr: "%",
        unitFr: "%",
        baseline: 0,
        target: 5,
        values: {},
      },
    ],
  },

  // --- Axis 3: the equality committee (IEECAG) --------------------------------------------------
  {
    axis: 3,
    position: 1,
    titleAr: "هيئة المساواة قوة اقتراحية داخل المجلس",
    titleFr: "L'Instance de l'équité, force de proposition au conseil",
    competence: Competence.OWN,
    priorityRank: 7,
    startYear: 2022,
    endYear: 2027,
    costMad: 25_000,
    responsibleService: SERVICE.council,
    status: ProjectStatus.IN_PROGRESS,
    genderTag: GenderTag.TARGETED,
    constraintsAr: "آراء الهيئة لا تدرج دائما في جدول أعمال الدورات.",
    constraintsFr: "Les avis de l'Instance ne sont pas toujours inscrits à l'ordre du jour des sessions.",
    solutionsAr: "نقطة قارة في جدول أعمال كل دورة عادية وجواب مكتوب للمجلس على كل رأي.",
    solutionsFr: "Point permanent à l'ordre du jour de chaque session ordinaire et réponse écrite du conseil à chaque avis.",
    funding: [{ partner: COMMUNE_BUDGET, amountMad: 25_000 }],
    milestones: [
      { titleAr: "المصادقة على النظام الداخلي للهيئة", titleFr: "Adoption du règlement intérieur de l'Instance", dueOn: "2022-06-30", doneOn: "2022-07-04" },
      { titleAr: "أول رأي مقدم إلى المجلس", titleFr: "Premier avis soumis au conseil", dueOn: "2023-01-31", doneOn: "2023-01-30" },
      { titleAr: "نقطة قارة في جدول أعمال الدورات", titleFr: "Point permanent à l'ordre du jour des sessions", dueOn: "2024-02-29", doneOn: "2024-02-06" },
      { titleAr: "تقرير سنوي حول مقاربة النوع في البرنامج", titleFr: "Rapport annuel sur l'approche genre dans le programme", dueOn: "2026-10-31", doneOn: "2026-10-05" },
    ],
    indicators: [
      {
        nameAr: "الآراء والمقترحات المقدمة إلى المجلس (تراكمي)",
        nameFr: "Avis et propositions soumis au conseil (cumul)",
        unitAr: "رأي",
        unitFr: "avis",
        baseline: 0,
        target: 12,
        values: { 2022: 1, 2023: 3, 2024: 6, 2025: 8, 2026: 10 },
      },
      {
        nameAr: "نسبة الآراء التي تداول فيها المجلس",
        nameFr: "Part des avis examinés par le conseil",
        unitAr: "%",
        unitFr: "%",
        baseline: 0,
        target: 100,
        values: { 2023: 67, 2024: 83, 2025: 88, 2026: 90 },
      },
    ],
    updates: [
      { on: "2023-02-28", physical: 20, financial: 10, committed: 30, noteAr: "تقديم أول رأي حول مشروع الميزانية.", noteFr: "Premier avis soumis, sur le projet de budget." },
      { on: "2024-02-29", physical: 45, financial: 30, committed: 50, noteAr: "إدراج نقطة قارة لآراء الهيئة في دورة فبراير.", noteFr: "Point permanent pour les avis de l'Instance inscrit à la session de février." },
      { on: "2025-10-31", physical: 65, financial: 50, committed: 60, noteAr: "ثمانية آراء مقدمة منذ البداية.", noteFr: "Huit avis soumis depuis le début." },
      { on: "2026-10-20", physical: 80, financial: 62, committed: 70, noteAr: "عرض التقرير السنوي حول مقاربة النوع.", noteFr: "Rapport annuel sur l'approche genre présenté." },
    ],
  },
  {
    axis: 3,
    position: 2,
    titleAr: "مكتب ومعدات لهيئة المساواة",
    titleFr: "Un bureau et des équipements pour l'Instance",
    competence: Competence.OWN,
    priorityRank: 12,
    startYear: 2022,
    endYear: 2023,
    costMad: 120_000,
    responsibleService: SERVICE.technical,
    status: ProjectStatus.COMPLETED,
    genderTag: GenderTag.TARGETED,
    funding: [
      { partner: COMMUNE_BUDGET, amountMad: 70_000 },
      { partner: INDH, amountMad: 50_000, agreementRef: "DEMO-INDH-JRD-2022-047" },
    ],
    milestones: [
      { titleAr: "تهيئة مكتب بمقر الجماعة", titleFr: "Aménagement d'un bureau au siège de la commune", dueOn: "2022-12-31", doneOn: "2023-01-20" },
      { titleAr: "اقتناء الأثاث والحاسوب والطابعة", titleFr: "Acquisition du mobilier, d'un ordinateur et d'une imprimante", dueOn: "2023-04-30", doneOn: "2023-05-08" },
      { titleAr: "تسليم المكتب للهيئة", titleFr: "Remise du bureau à l'Instance", dueOn: "2023-05-31", doneOn: "2023-05-25" },
    ],
    indicators: [
      {
        nameAr: "اجتماعات الهيئة بمكتبها في السنة",
        nameFr: "Réunions de l'Instance dans son bureau, par an",
        unitAr: "اجتماع",
        unitFr: "réunions",
        baseline: 0,
        target: 6,
        values: { 2023: 5, 2024: 7, 2025: 8, 2026: 7 },
      },
    ],
    updates: [
      { on: "2022-12-31", physical: 40, financial: 20, committed: 70, noteAr: "انطلاق أشغال التهيئة.", noteFr: "Travaux d'aménagement lancés." },
      { on: "2023-05-31", physical: 100, financial: 94, committed: 100, noteAr: "تسليم المكتب مجهزا للهيئة؛ المشروع منجز.", noteFr: "Bureau équipé remis à l'Instance ; projet achevé." },
    ],
  },

  // --- Axis 4: dialogue and consultation ------------------------------------------------------
  {
    axis: 4,
    position: 1,
    titleAr: "إشراك الفعاليات النشطة في أشغال المجلس",
    titleFr: "Associer les acteurs actifs aux travaux du conseil",
    competence: Competence.OWN,
    priorityRank: 17,
    startYear: 2023,
    endYear: 2027,
    // No cost estimate: carried out by the council's secretariat with its own means.
    costMad: null,
    responsibleService: SERVICE.council,
    status: ProjectStatus.IN_PROGRESS,
    genderTag: GenderTag.SENSITIVE,
    milestones: [
      { titleAr: "لائحة الأشخاص الموارد من المجتمع المدني", titleFr: "Liste des personnes-ressources de la société civile", dueOn: "2023-03-31", doneOn: "2023-04-11" },
      { titleAr: "دعوتهم إلى اجتماعات اللجان الدائمة", titleFr: "Leur invitation aux réunions des commissions permanentes", dueOn: "2023-10-31", doneOn: "2023-10-02" },
      { titleAr: "حصيلة المشاركة", titleFr: "Bilan de la participation", dueOn: "2025-12-31", doneOn: "2026-01-15" },
    ],
    indicators: [
      {
        nameAr: "اجتماعات اللجان بحضور أشخاص موارد في السنة",
        nameFr: "Réunions de commissions avec des personnes-ressources, par an",
        unitAr: "اجتماع",
        unitFr: "réunions",
        baseline: 0,
        target: 10,
        values: { 2023: 3, 2024: 6, 2025: 7, 2026: 8 },
      },
    ],
    updates: [
      { on: "2023-06-30", physical: 25, financial: 0, committed: 0, noteAr: "إعداد لائحة الأشخاص الموارد.", noteFr: "Liste des personnes-ressources établie." },
      { on: "2024-12-31", physical: 50, financial: 0, committed: 0, noteAr: "مشاركة منتظمة في لجنة المرافق العمومية.", noteFr: "Participation régulière à la commission des services publics." },
      { on: "2026-06-30", physical: 70, financial: 0, committed: 0, noteAr: "نشر حصيلة المشاركة.", noteFr: "Bilan de la participation publié." },
    ],
  },

  // --- Axis 5: youth, douar forum, vulnerable groups ----------------------------------------------
  {
    axis: 5,
    position: 1,
    titleAr: "مجلس الشباب والطفولة",
    titleFr: "Conseil de la jeunesse et de l'enfance",
    competence: Competence.SHARED,
    priorityRank: 11,
    startYear: 2023,
    endYear: 2025,
    costMad: 150_000,
    responsibleService: SERVICE.social,
    status: ProjectStatus.DELAYED,
    statusReasonAr:
      "دار الشباب بالزاوية المقررة لاحتضان المجلس غير مجهزة بعد، واتفاقية الشراكة مع المديرية الإقليمية للشباب لم توقع.",
    statusReasonFr:
      "La maison de jeunes d'Ez-Zaouia prévue pour accueillir le conseil n'est pas encore équipée, et la convention avec la direction provinciale de la jeunesse n'est pas signée.",
    genderTag: GenderTag.SENSITIVE,
    constraintsAr: "تباعد الدواوير وصعوبة تنقل التلاميذ.",
    constraintsFr: "Dispersion des douars et difficulté de déplacement des élèves.",
    solutionsAr: "اجتماعات بعد زوال الأربعاء بالمدارس مع استعمال النقل المدرسي للجماعة، ومناصفة بين الفتيات والفتيان.",
    solutionsFr: "Réunions le mercredi après-midi dans les écoles avec le transport scolaire de la commune, et parité filles-garçons.",
    douars: ["ez-zaouia", "ouled-kaddour"],
    funding: [
      { partner: COMMUNE_BUDGET, amountMad: 50_000 },
      { partner: PROVINCE, amountMad: 60_000, agreementRef: "DEMO-CPJ-2023-009" },
    ],
    milestones: [
      { titleAr: "ميثاق المجلس ونظامه الداخلي", titleFr: "Charte et règlement intérieur du conseil", dueOn: "2023-09-30", doneOn: "2023-11-20" },
      { titleAr: "انتخاب الأعضاء بالمؤسسات التعليمية", titleFr: "Élection des membres dans les établissements scolaires", dueOn: "2024-03-31" },
      { titleAr: "تنصيب المجلس", titleFr: "Installation du conseil", dueOn: "2024-05-31" },
    ],
    indicators: [
      {
        nameAr: "المؤسسات التعليمية المنخرطة",
        nameFr: "Établissements scolaires engagés",
        unitAr: "مؤسسة",
        unitFr: "établissements",
        baseline: 0,
        target: 6,
        values: { 2023: 1, 2024: 2, 2025: 3, 2026: 3 },
      },
    ],
    updates: [
      { on: "2023-12-15", physical: 15, financial: 5, committed: 40, noteAr: "المصادقة على الميثاق مع المؤسسات التعليمية.", noteFr: "Charte adoptée avec les établissements scolaires." },
      { on: "2024-10-31", physical: 25, financial: 12, committed: 40, noteAr: "تأجيل الانتخابات في انتظار تجهيز دار الشباب.", noteFr: "Élections reportées en attendant l'équipement de la maison de jeunes." },
      { on: "2026-03-31", physical: 30, financial: 14, committed: 40, noteAr: "الاتفاقية مع المديرية الإقليمية في طور التوقيع.", noteFr: "Convention avec la direction provinciale en cours de signature." },
    ],
  },
  {
    axis: 5,
    position: 2,
    titleAr: "منتدى الدوار ومعالجة قضايا الساكنة (النفايات، التطهير، ملعب القرب)",
    titleFr: "Forum du douar et réponses aux problèmes des habitants (déchets, assainissement, terrain de proximité)",
    competence: Competence.SHARED,
    priorityRank: 1,
    startYear: 2023,
    endYear: 2027,
    costMad: 2_400_000,
    responsibleService: SERVICE.technical,
    status: ProjectStatus.IN_PROGRESS,
    genderTag: GenderTag.SENSITIVE,
    constraintsAr: "الوضعية العقارية للأراضي السلالية تعرقل تخصيص وعاء لملعب القرب بأولاد قدور.",
    constraintsFr: "Le statut des terres collectives (soulaliyates) bloque l'affectation d'un terrain pour le terrain de proximité à Ouled Kaddour.",
    solutionsAr: "طلب تعبئة العقار عبر مصلحة الأراضي الجماعية بالعمالة، ودراسة موقع بديل بملك جماعي.",
    solutionsFr: "Demande de mobilisation du foncier auprès du service des terres collectives de la province, et étude d'un site de rechange sur le domaine communal.",
    douars: ["ez-zaouia", "ouled-kaddour", "demo-douar-el-amal", "demo-douar-el-hadba"],
    funding: [
      { partner: COMMUNE_BUDGET, amountMad: 500_000 },
      { partner: INDH, amountMad: 800_000, agreementRef: "DEMO-INDH-JRD-2023-022" },
      { partner: PROVINCE, amountMad: 600_000, agreementRef: "DEMO-CPJ-2023-017" },
      { partner: REGION, amountMad: 400_000, agreementRef: "DEMO-CRO-2024-041" },
    ],
    associationPartner: true,
    milestones: [
      { titleAr: "عقد المنتدى بأربعة دواوير", titleFr: "Forum tenu dans quatre douars", dueOn: "2023-06-30", doneOn: "2023-06-28" },
      { titleAr: "نقط تجميع النفايات المنزلية وحاوياتها", titleFr: "Points de collecte des déchets ménagers et conteneurs", dueOn: "2024-06-30", doneOn: "2024-07-15" },
      { titleAr: "دراسة التطهير السائل بالزاوية", titleFr: "Étude de l'assainissement liquide à Ez-Zaouia", dueOn: "2025-12-31", doneOn: "2026-02-10" },
      { titleAr: "ملعب القرب بأولاد قدور", titleFr: "Terrain de sport de proximité à Ouled Kaddour", dueOn: "2026-06-30" },
    ],
    indicators: [
      {
        nameAr: "الدواوير التي لها منتدى نشيط",
        nameFr: "Douars dotés d'un forum actif",
        unitAr: "دوار",
        unitFr: "douars",
        baseline: 0,
        target: 7,
        values: { 2023: 4, 2024: 5, 2025: 6, 2026: 6 },
      },
      {
        nameAr: "الأسر المستفيدة من جمع النفايات",
        nameFr: "Ménages desservis par la collecte des déchets",
        unitAr: "أسرة",
        unitFr: "ménages",
        baseline: 120,
        target: 900,
        values: { 2023: 150, 2024: 480, 2025: 690, 2026: 760 },
      },
    ],
    updates: [
      { on: "2023-07-31", physical: 10, financial: 4, committed: 20, noteAr: "عقد المنتدى بأربعة دواوير وترتيب الأولويات.", noteFr: "Forum tenu dans quatre douars, priorités classées." },
      { on: "2024-08-31", physical: 35, financial: 25, committed: 55, noteAr: "تركيب نقط تجميع النفايات والحاويات.", noteFr: "Points de collecte et conteneurs installés." },
      { on: "2025-09-30", physical: 55, financial: 42, committed: 70, noteAr: "توسيع الجمع إلى دوارين إضافيين؛ دراسة التطهير جارية.", noteFr: "Collecte étendue à deux douars de plus ; étude d'assainissement en cours." },
      { on: "2026-10-31", physical: 68, financial: 51, committed: 80, noteAr: "دراسة التطهير منجزة؛ ملعب القرب ينتظر تسوية العقار.", noteFr: "Étude d'assainissement achevée ; le terrain de proximité attend la régularisation du foncier." },
    ],
  },
  {
    axis: 5,
    position: 3,
    titleAr: "العناية بالأشخاص في وضعية إعاقة والفئات في وضعية صعبة",
    titleFr: "Attention aux personnes en situation de handicap et aux catégories vulnérables",
    competence: Competence.SHARED,
    priorityRank: 5,
    startYear: 2024,
    endYear: 2027,
    costMad: 300_000,
    responsibleService: SERVICE.social,
    status: ProjectStatus.IN_PROGRESS,
    genderTag: GenderTag.TARGETED,
    constraintsAr: "غياب إحصاء للأشخاص في وضعية إعاقة بالدواوير.",
    constraintsFr: "Absence de recensement des personnes en situation de handicap dans les douars.",
    solutionsAr: "إحصاء مشترك مع الجمعية الشريكة والوحدتين الصحيتين بالزاوية وأولاد قدور.",
    solutionsFr: "Recensement conjoint avec l'association partenaire et les deux unités de santé d'Ez-Zaouia et d'Ouled Kaddour.",
    funding: [
      { partner: COMMUNE_BUDGET, amountMad: 100_000 },
      { partner: INDH, amountMad: 180_000, agreementRef: "DEMO-INDH-JRD-2024-006" },
    ],
    associationPartner: true,
    milestones: [
      { titleAr: "إحصاء الأشخاص في وضعية إعاقة", titleFr: "Recensement des personnes en situation de handicap", dueOn: "2024-09-30", doneOn: "2024-11-30" },
      { titleAr: "ولوجيات بمقر الجماعة والوحدتين الصحيتين", titleFr: "Rampes d'accès au siège de la commune et aux deux unités de santé", dueOn: "2025-06-30", doneOn: "2025-07-22" },
      { titleAr: "توزيع وسائل التنقل والمعينات", titleFr: "Distribution d'aides à la mobilité", dueOn: "2026-06-30", doneOn: "2026-06-30" },
      { titleAr: "نقل تضامني نحو المراكز الصحية", titleFr: "Transport solidaire vers les centres de santé", dueOn: "2027-06-30" },
    ],
    indicators: [
      {
        nameAr: "الأشخاص المستفيدون",
        nameFr: "Personnes bénéficiaires",
        unitAr: "شخص",
        unitFr: "personnes",
        baseline: 0,
        target: 150,
        values: { 2024: 40, 2025: 85, 2026: 112 },
      },
      {
        nameAr: "البنايات العمومية المهيأة للولوج",
        nameFr: "Bâtiments publics rendus accessibles",
        unitAr: "بناية",
        unitFr: "bâtiments",
        baseline: 0,
        target: 5,
        values: { 2024: 0, 2025: 3, 2026: 4 },
      },
    ],
    updates: [
      { on: "2024-12-15", physical: 20, financial: 12, committed: 40, noteAr: "إنجاز الإحصاء: 64 شخصا في وضعية إعاقة، منهم 29 امرأة.", noteFr: "Recensement achevé : 64 personnes en situation de handicap, dont 29 femmes." },
      { on: "2025-08-31", physical: 50, financial: 41, committed: 70, noteAr: "تهيئة الولوجيات بثلاث بنايات.", noteFr: "Rampes d'accès aménagées dans trois bâtiments." },
      { on: "2026-07-15", physical: 70, financial: 58, committed: 85, noteAr: "توزيع 40 كرسيا متحركا ومعينات أخرى.", noteFr: "Quarante fauteuils roulants et autres aides distribués." },
    ],
  },

  // --- Axis 6: digital participation ------------------------------------------------------------
  {
    axis: 6,
    position: 1,
    titleAr: "البوابة الرسمية للجماعة",
    titleFr: "Portail officiel de la commune",
    competence: Competence.OWN,
    priorityRank: 2,
    startYear: 2024,
    endYear: 2027,
    costMad: 180_000,
    responsibleService: SERVICE.communication,
    status: ProjectStatus.IN_PROGRESS,
    genderTag: GenderTag.SENSITIVE,
    constraintsAr: "غياب تقني في المعلوميات بالجماعة وضعف الربط بالإنترنت في بعض الدواوير.",
    constraintsFr: "Pas de technicien informatique à la commune et faible connexion internet dans certains douars.",
    solutionsAr: "بوابة خفيفة ملائمة للهاتف، وتكوين عونين، وجهاز عمومي للاطلاع بمقر الجماعة.",
    solutionsFr: "Portail léger adapté au téléphone, formation de deux agents et poste de consultation public au siège.",
    funding: [
      { partner: COMMUNE_BUDGET, amountMad: 80_000 },
      { partner: REGION, amountMad: 100_000, agreementRef: "DEMO-CRO-2024-058" },
    ],
    milestones: [
      { titleAr: "دفتر التحملات", titleFr: "Cahier des charges", dueOn: "2024-06-30", doneOn: "2024-07-01" },
      { titleAr: "إطلاق الصيغة الأولى للبوابة", titleFr: "Mise en ligne de la première version du portail", dueOn: "2025-10-31", doneOn: "2025-11-17" },
      { titleAr: "فضاء برنامج العمل وتتبع المشاريع", titleFr: "Espace du programme d'action et suivi des projets", dueOn: "2026-09-30", doneOn: "2026-10-28" },
      { titleAr: "التحيين الدائم ونشر جميع المعطيات الإدارية والقانونية", titleFr: "Mise à jour permanente et publication de toutes les données administratives et juridiques", dueOn: "2027-12-31" },
    ],
    indicators: [
      {
        nameAr: "الوثائق المنشورة على البوابة (تراكمي)",
        nameFr: "Documents publiés sur le portail (cumul)",
        unitAr: "وثيقة",
        unitFr: "documents",
        baseline: 0,
        target: 200,
        values: { 2024: 0, 2025: 45, 2026: 130 },
      },
      {
        nameAr: "الزيارات الشهرية",
        nameFr: "Visites mensuelles",
        unitAr: "زيارة/شهر",
        unitFr: "visites/mois",
        baseline: 0,
        target: 2000,
        values: { 2025: 300, 2026: 950 },
      },
    ],
    updates: [
      { on: "2024-07-15", physical: 10, financial: 5, committed: 45, noteAr: "المصادقة على دفتر التحملات بدعم من الجهة.", noteFr: "Cahier des charges validé avec l'appui de la région." },
      { on: "2025-11-30", physical: 55, financial: 40, committed: 100, noteAr: "إطلاق الصيغة الأولى للبوابة.", noteFr: "Première version du portail en ligne." },
      { on: "2026-11-10", physical: 75, financial: 62, committed: 100, noteAr: "إطلاق فضاء برنامج العمل وتتبع المشاريع.", noteFr: "Espace du programme d'action et du suivi des projets ouvert." },
    ],
  },
  {
    axis: 6,
    position: 2,
    titleAr: "الصفحة الرسمية للجماعة على الفايسبوك",
    titleFr: "Page Facebook officielle de la commune",
    competence: Competence.OWN,
    priorityRank: 16,
    startYear: 2022,
    endYear: 2022,
    costMad: 25_000,
    responsibleService: SERVICE.communication,
    status: ProjectStatus.COMPLETED,
    genderTag: GenderTag.NOT_ASSESSED,
    funding: [{ partner: COMMUNE_BUDGET, amountMad: 25_000 }],
    milestones: [
      { titleAr: "إنشاء الصفحة وتوثيقها", titleFr: "Création et vérification de la page", dueOn: "2022-06-30", doneOn: "2022-05-30" },
      { titleAr: "نشر قواعد الإشراف على التعليقات", titleFr: "Publication des règles de modération des commentaires", dueOn: "2022-07-31", doneOn: "2022-07-12" },
    ],
    indicators: [
      {
        nameAr: "متابعو الصفحة",
        nameFr: "Abonnés de la page",
        unitAr: "متابع",
        unitFr: "abonnés",
        baseline: 0,
        target: 3000,
        values: { 2022: 900, 2023: 1800, 2024: 2600, 2025: 3400, 2026: 3900 },
      },
    ],
    updates: [
      { on: "2022-06-15", physical: 70, financial: 60, committed: 100, noteAr: "إنشاء الصفحة واقتناء معدات التصوير.", noteFr: "Page créée, matériel photo acquis." },
      { on: "2022-09-30", physical: 100, financial: 98, committed: 100, noteAr: "نشر قواعد الإشراف؛ المشروع منجز.", noteFr: "Règles de modération publiées ; projet achevé." },
    ],
  },
  {
    axis: 6,
    position: 3,
    titleAr: "تكوين الموظفين والمنتخبين في الأدوات الرقمية",
    titleFr: "Formation des fonctionnaires et des élus aux outils numériques",
    competence: Competence.OWN,
    priorityRank: 18,
    startYear: 2023,
    endYear: 2025,
    costMad: 70_000,
    responsibleService: SERVICE.administration,
    status: ProjectStatus.CANCELLED,
    statusReasonAr:
      "ألغي بقرار المجلس في دورة فبراير 2024: يستفيد الموظفون والمنتخبون مجانا من برنامج التكوين الرقمي الإقليمي، وحولت الاعتمادات إلى البوابة الرسمية (A6-01).",
    statusReasonFr:
      "Annulé par le conseil à la session de février 2024 : les fonctionnaires et les élus suivent gratuitement le programme provincial de formation numérique, et les crédits ont été réaffectés au portail officiel (A6-01).",
    genderTag: GenderTag.NOT_ASSESSED,
    funding: [{ partner: COMMUNE_BUDGET, amountMad: 70_000 }],
    milestones: [
      { titleAr: "تحديد الحاجيات التكوينية", titleFr: "Identification des besoins de formation", dueOn: "2023-09-30", doneOn: "2023-09-28" },
      { titleAr: "الدورة الأولى", titleFr: "Premier cycle", dueOn: "2024-03-31" },
    ],
    updates: [
      { on: "2023-10-31", physical: 5, financial: 0, committed: 0, noteAr: "تحديد الحاجيات التكوينية لـ 14 موظفا و11 منتخبا.", noteFr: "Besoins de formation identifiés pour 14 fonctionnaires et 11 élus." },
      { on: "2024-02-29", physical: 5, financial: 0, committed: 0, noteAr: "إلغاء المشروع: التكوين يؤمنه البرنامج الإقليمي.", noteFr: "Projet annulé : la formation est assurée par le programme provincial." },
    ],
  },

  // --- Axis 7: communication and access to information (law 31.13) ------------------------------
  {
    axis: 7,
    position: 1,
    titleAr: "تفعيل الحق في الحصول على المعلومات",
    titleFr: "Mise en œuvre du droit d'accès à l'information",
    competence: Competence.OWN,
    priorityRank: 4,
    startYear: 2022,
    endYear: 2023,
    costMad: 45_000,
    responsibleService: SERVICE.information,
    status: ProjectStatus.COMPLETED,
    genderTag: GenderTag.NOT_ASSESSED,
    funding: [{ partner: COMMUNE_BUDGET, amountMad: 45_000 }],
    milestones: [
      { titleAr: "تعيين الشخص المكلف بالمعلومات ونائبه", titleFr: "Désignation du chargé de l'information et de son suppléant", dueOn: "2022-04-30", doneOn: "2022-03-28" },
      { titleAr: "سجل الطلبات وشباك الاستقبال", titleFr: "Registre des demandes et guichet d'accueil", dueOn: "2022-09-30", doneOn: "2022-10-05" },
      { titleAr: "نشر المسطرة ونموذج الطلب", titleFr: "Publication de la procédure et du formulaire de demande", dueOn: "2023-01-31", doneOn: "2023-01-18" },
    ],
    indicators: [
      {
        nameAr: "نسبة الطلبات المجاب عنها داخل 20 يوما",
        nameFr: "Part des demandes traitées en 20 jours",
        unitAr: "%",
        unitFr: "%",
        baseline: 0,
        target: 100,
        values: { 2022: 80, 2023: 92, 2024: 95, 2025: 96, 2026: 97 },
      },
    ],
    updates: [
      { on: "2022-06-30", physical: 40, financial: 30, committed: 80, noteAr: "تعيين الشخص المكلف بالمعلومات ونائبه.", noteFr: "Chargé de l'information et suppléant désignés." },
      { on: "2022-12-31", physical: 85, financial: 75, committed: 100, noteAr: "فتح شباك الاستقبال وسجل الطلبات.", noteFr: "Guichet d'accueil et registre des demandes ouverts." },
      { on: "2023-03-31", physical: 100, financial: 97, committed: 100, noteAr: "نشر المسطرة ونموذج الطلب؛ المشروع منجز.", noteFr: "Procédure et formulaire publiés ; projet achevé." },
    ],
  },
  {
    axis: 7,
    position: 2,
    titleAr: "النشر الاستباقي للمعلومات وسبورات الإعلان بالدواوير",
    titleFr: "Publication proactive et panneaux d'affichage dans les douars",
    competence: Competence.OWN,
    priorityRank: 9,
    startYear: 2023,
    endYear: 2027,
    costMad: 65_000,
    responsibleService: SERVICE.information,
    status: ProjectStatus.IN_PROGRESS,
    genderTag: GenderTag.NOT_ASSESSED,
    constraintsAr: "تأخر المصالح في تسليم الوثائق القابلة للنشر.",
    constraintsFr: "Retard des services dans la remise des documents publiables.",
    solutionsAr: "جدولة سنوية للنشر وفق المادة 10 من القانون 31.13 وتحديد مسؤول عن كل فئة.",
    solutionsFr: "Calendrier annuel de publication selon l'article 10 de la loi 31.13, avec un responsable par catégorie.",
    douars: ["ez-zaouia", "ouled-kaddour", "demo-douar-es-sanabil", "demo-douar-el-mithal", "demo-douar-el-ouaha"],
    funding: [{ partner: COMMUNE_BUDGET, amountMad: 65_000 }],
    milestones: [
      { titleAr: "تركيب سبورات الإعلان بالدواوير", titleFr: "Installation des panneaux d'affichage dans les douars", dueOn: "2023-09-30", doneOn: "2023-10-10" },
      { titleAr: "مخطط سنوي للنشر", titleFr: "Plan annuel de publication", dueOn: "2024-01-31", doneOn: "2024-01-30" },
      { titleAr: "نشر ملخص الميزانية والحسابات داخل الشهر الموالي", titleFr: "Publication du résumé du budget et des comptes dans le mois suivant", dueOn: "2025-02-28", doneOn: "2025-02-20" },
      { titleAr: "نشر جميع فئات المادة 10 على البوابة", titleFr: "Toutes les catégories de l'article 10 publiées sur le portail", dueOn: "2027-06-30" },
    ],
    indicators: [
      {
        nameAr: "فئات المادة 10 المنشورة",
        nameFr: "Catégories de l'article 10 publiées",
        unitAr: "فئة",
        unitFr: "catégories",
        baseline: 2,
        target: 16,
        values: { 2023: 5, 2024: 8, 2025: 11, 2026: 13 },
      },
    ],
    updates: [
      { on: "2023-10-31", physical: 25, financial: 30, committed: 60, noteAr: "تركيب خمس سبورات للإعلان.", noteFr: "Cinq panneaux d'affichage installés." },
      { on: "2024-12-31", physical: 50, financial: 55, committed: 80, noteAr: "تنفيذ المخطط السنوي للنشر.", noteFr: "Plan annuel de publication exécuté." },
      { on: "2026-04-30", physical: 70, financial: 68, committed: 85, noteAr: "13 فئة منشورة من أصل 16.", noteFr: "13 catégories publiées sur 16." },
    ],
  },
  {
    axis: 7,
    position: 3,
    titleAr: "لجنة الافتحاص الداخلي",
    titleFr: "Commission d'audit interne",
    competence: Competence.OWN,
    priorityRank: 20,
    startYear: 2026,
    endYear: 2027,
    costMad: 40_000,
    responsibleService: SERVICE.budget,
    status: ProjectStatus.PLANNED,
    genderTag: GenderTag.NOT_ASSESSED,
    constraintsAr: "لا يتوفر بين الموظفين مختص في الافتحاص.",
    constraintsFr: "Aucun agent spécialisé en audit parmi le personnel.",
    solutionsAr: "تكوين عونين والاستعانة بخبرة المفتشية العامة للإدارة الترابية عبر العمالة.",
    solutionsFr: "Former deux agents et recourir à l'expertise de l'Inspection générale de l'administration territoriale par l'intermédiaire de la province.",
    funding: [{ partner: COMMUNE_BUDGET, amountMad: 40_000 }],
    milestones: [
      { titleAr: "قرار إحداث اللجنة", titleFr: "Décision créant la commission", dueOn: "2026-12-31" },
      { titleAr: "ميثاق الافتحاص الداخلي", titleFr: "Charte de l'audit interne", dueOn: "2027-03-31" },
      { titleAr: "أول تقرير يعرض على المجلس", titleFr: "Premier rapport présenté au conseil", dueOn: "2027-10-31" },
    ],
    indicators: [
      {
        nameAr: "تقارير الافتحاص المعروضة على المجلس",
        nameFr: "Rapports d'audit présentés au conseil",
        unitAr: "تقرير",
        unitFr: "rapports",
        baseline: 0,
        target: 2,
        values: {},
      },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Writing it.
// ---------------------------------------------------------------------------------------------

export interface ProgrammeSeedSummary {
  projects: number;
  createdProjects: number;
  createdUpdates: number;
}

/** Throws if the seed data itself breaks a rule the database or the domain enforces. */
export function assertProgrammeSeedValid(): void {
  const { startYear, endYear } = PROGRAMME_SEED;
  if (!isValidProgrammePeriod(startYear, endYear)) throw new Error("The seeded programme must cover six years");
  const codes = new Set<string>();
  for (const p of PROJECTS) {
    const code = projectCode(p.axis, p.position);
    const fail = (why: string) => {
      throw new Error(`Programme seed, project ${code}: ${why}`);
    };
    if (codes.has(code)) fail("duplicate code");
    codes.add(code);
    const activities = PLAN_AXES.find((a) => a.number === p.axis)?.activities;
    if (!activities || p.position < 1 || p.position > activities.length) fail("no such plan activity");
    if (p.startYear < startYear || p.endYear > endYear || p.endYear < p.startYear) fail("years outside the programme");
    if (statusNeedsReason(p.status) && !(p.statusReasonAr && p.statusReasonFr)) fail("a delayed or cancelled project needs a reason");
    const funded = (p.funding ?? []).reduce((sum, f) => sum + f.amountMad, 0);
    if (p.costMad === null ? funded > 0 : funded > p.costMad) fail("funding exceeds the cost");
    const updates = p.updates ?? [];
    if (p.status === ProjectStatus.PLANNED ? updates.length > 0 : updates.length === 0) fail("progress history does not fit the status");
    for (const [i, u] of updates.entries()) {
      const previous = updates[i - 1];
      const percents = [u.physical, u.financial, u.committed];
      if (percents.some((v) => !Number.isInteger(v) || v < 0 || v > 100)) fail(`update ${u.on}: percent outside 0–100`);
      if (u.committed < u.financial && p.costMad !== null) fail(`update ${u.on}: spent more than committed`);
      if (previous && (u.on <= previous.on || u.physical < previous.physical || u.financial < previous.financial || u.committed < previous.committed)) {
        fail(`update ${u.on}: not after and above the previous one`);
      }
    }
    if (p.status === ProjectStatus.COMPLETED && updates.at(-1)?.physical !== 100) fail("a completed project ends at 100 %");
  }
}

function amount(costMad: number | null, percent: number): number | null {
  return costMad === null ? null : Math.round((costMad * percent) / 100);
}

/**
 * Creates the demo programme 2022–2027 and its projects. Needs the plan, the douars, the demo
 * accounts and the demo association to exist (seed() writes them first).
 */
export async function seedProgramme(tx: Tx): Promise<ProgrammeSeedSummary> {
  assertProgrammeSeedValid();

  const { startYear, ...programmeFields } = PROGRAMME_SEED;
  // The adoption record is editable afterwards: create it once, never overwrite it.
  const programme = await tx.programme.upsert({
    where: { startYear },
    create: { startYear, ...programmeFields },
    update: {},
    select: { id: true, _count: { select: { consultations: true } } },
  });
  if (programme._count.consultations === 0) {
    await tx.programmeConsultation.createMany({
      data: CONSULTATIONS.map((c) => ({ programmeId: programme.id, ...c })),
    });
  }

  const axes = await tx.planAxis.findMany({
    select: { id: true, number: true, activities: { select: { id: true, position: true } } },
  });
  const douarIds = new Map(
    (await tx.douar.findMany({ select: { id: true, slug: true } })).map((d) => [d.slug, d.id] as const),
  );
  const association = await tx.association.findFirst({
    where: { name: DEMO_ASSOCIATION.name, receiptNumber: DEMO_ASSOCIATION.receiptNumber },
    select: { id: true },
  });
  const editor = await tx.user.findUnique({
    where: { email: demoAccount(Role.STAFF_EDITOR).email },
    select: { id: true },
  });

  let createdProjects = 0;
  let createdUpdates = 0;
  for (const p of PROJECTS) {
    const code = projectCode(p.axis, p.position);
    const axis = axes.find((a) => a.number === p.axis);
    const activity = axis?.activities.find((a) => a.position === p.position);
    if (!axis || !activity) throw new Error(`Programme seed: plan activity ${code} is missing; seed the plan first`);
    // The activity as adopted, and the plan's French translation of it (checked to exist above).
    const adopted = PLAN_AXES.find((a) => a.number === p.axis)!.activities[p.position - 1]!;

    let project = await tx.project.findUnique({
      where: { code },
      select: { id: true, _count: { select: { updates: true } } },
    });
    if (!project) {
      // Another (staff-made) project already carries out this activity: don't add a second one.
      const taken = await tx.project.findUnique({ where: { activityId: activity.id }, select: { id: true } });
      if (taken) continue;
      project = await tx.project.create({
        data: {
          programmeId: programme.id,
          axisId: axis.id,
          activityId: activity.id,
          code,
          titleAr: p.titleAr,
          titleFr: p.titleFr,
          descriptionAr: adopted.textAr,
          descriptionFr: adopted.textFr,
          wholeCommune: !p.douars?.length,
          competence: p.competence,
          priorityRank: p.priorityRank,
          startYear: p.startYear,
          endYear: p.endYear,
          estimatedCostMad: p.costMad,
          responsibleService: p.responsibleService,
          status: p.status,
          statusReasonAr: p.statusReasonAr ?? null,
          statusReasonFr: p.statusReasonFr ?? null,
          genderTag: p.genderTag,
          constraintsAr: p.constraintsAr ?? null,
          constraintsFr: p.constraintsFr ?? null,
          solutionsAr: p.solutionsAr ?? null,
          solutionsFr: p.solutionsFr ?? null,
          isDemo: true,
          douars: {
            create: (p.douars ?? []).map((slug) => {
              const douarId = douarIds.get(slug);
              if (douarId === undefined) throw new Error(`Programme seed, project ${code}: unknown douar ${slug}`);
              return { douarId };
            }),
          },
          fundingLines: {
            create: (p.funding ?? []).map((f) => ({
              partner: f.partner,
              amountMad: f.amountMad,
              agreementRef: f.agreementRef ?? null,
            })),
          },
          partners: { create: p.associationPartner && association ? [{ associationId: association.id }] : [] },
          milestones: {
            create: p.milestones.map((m, index) => ({
              position: index + 1,
              titleAr: m.titleAr,
              titleFr: m.titleFr,
              dueOn: day(m.dueOn),
              doneOn: m.doneOn ? day(m.doneOn) : null,
            })),
          },
          indicators: {
            create: (p.indicators ?? []).map((i) => ({
              nameAr: i.nameAr,
              nameFr: i.nameFr,
              unitAr: i.unitAr,
              unitFr: i.unitFr,
              baseline: i.baseline,
              target: i.target,
              values: {
                create: Object.entries(i.values).map(([year, value]) => ({ year: Number(year), value })),
              },
            })),
          },
        },
        select: { id: true, _count: { select: { updates: true } } },
      });
      createdProjects += 1;
    }

    // Progress is append-only and staff add to it: write the demo history only on an empty one.
    if (project._count.updates === 0 && p.updates?.length) {
      const { count } = await tx.progressUpdate.createMany({
        data: p.updates.map((u) => ({
          projectId: project.id,
          recordedAt: new Date(`${u.on}T10:00:00Z`),
          physicalPercent: u.physical,
          financialPercent: u.financial,
          committedMad: amount(p.costMad, u.committed),
          spentMad: amount(p.costMad, u.financial),
          noteAr: u.noteAr,
          noteFr: u.noteFr,
          authorId: editor?.id ?? null,
        })),
      });
      createdUpdates += count;
    }
  }

  return { projects: PROJECTS.length, createdProjects, createdUpdates };
}
