// The open-data catalogue: every dataset the portal publishes, described once here and used by the
// /open-data page and the DCAT-style catalogue at /api/open/catalogue.json. Each dataset's data
// dictionary lists its columns in the order of the files; tests/integration/open-data.test.ts
// downloads every dataset and checks that its columns are exactly these and that it holds no
// personal data (lib/open-data/rules.ts).
import arProgramme from "@/messages/ar/programme.json";
import frProgramme from "@/messages/fr/programme.json";

export type ColumnType = "text" | "integer" | "boolean" | "date" | "datetime" | "code" | "list" | "url" | "month";

export type Column = { name: string; type: ColumnType; ar: string; fr: string };

export type Frequency = "continuous" | "daily" | "yearly";

export type Dataset = {
  /** Stable identifier, also the anchor on the page. */
  id: string;
  titleAr: string;
  titleFr: string;
  descriptionAr: string;
  descriptionFr: string;
  /** The download, without `?format=`; `{year}` is replaced by each year of `yearly` datasets. */
  path: string;
  /** The page (not localised) that shows the same data to people. */
  pagePath: string;
  frequency: Frequency;
  /** For datasets published per year (one file per participatory-budget cycle). */
  perYear?: boolean;
  /** The key of the rows array in the JSON file. */
  jsonKey: string;
  columns: Column[];
};

export const FORMATS = [
  { format: "csv", mediaType: "text/csv" },
  { format: "json", mediaType: "application/json" },
] as const;

/**
 * The conditions of re-use: law 31.13 art. 6 allows the re-use of published information for lawful
 * purposes, citing its source and date, without distorting it. Until the commune adopts a named
 * open licence, the catalogue states these conditions.
 */
export const LICENCE = {
  id: "law-31-13-art-6",
  ar: "إعادة الاستعمال لأغراض مشروعة مع ذكر المصدر وتاريخ التحميل ودون تحريف (المادة 6 من القانون 31.13 المتعلق بالحق في الحصول على المعلومات)",
  fr: "Réutilisation libre à des fins licites, en citant la source et la date, sans dénaturer les données (loi 31-13 relative au droit d'accès à l'information, article 6)",
} as const;

/** DCAT's accrualPeriodicity (Dublin Core frequency vocabulary). */
export const FREQUENCY_URI: Record<Frequency, string> = {
  continuous: "http://purl.org/cld/freq/continuous",
  daily: "http://purl.org/cld/freq/daily",
  yearly: "http://purl.org/cld/freq/annual",
};

const c = (name: string, type: ColumnType, ar: string, fr: string): Column => ({ name, type, ar, fr });

// The programme's dictionary was written first for /programme/data (messages Programme.data.columns):
// reused here, not copied.
const PROGRAMME_TYPES: Record<string, ColumnType> = {
  code: "text", title_ar: "text", title_fr: "text", description_ar: "text", description_fr: "text", axis_number: "integer",
  axis_title_ar: "text", axis_title_fr: "text", status: "code", status_reason_ar: "text", status_reason_fr: "text", competence: "code",
  gender_tag: "code", start_year: "integer", end_year: "integer", priority_rank: "integer", whole_commune: "boolean", douars: "list",
  douar_names_ar: "list", douar_names_fr: "list", estimated_cost_mad: "integer", physical_percent: "integer", financial_percent: "integer",
  committed_mad: "integer", spent_mad: "integer", figures_date: "date", funding_mad: "integer", funding_partners: "list",
  partner_associations: "list", responsible_service: "text", is_demo: "boolean", updated_at: "datetime", url: "url",
};
const programmeColumns = Object.entries(PROGRAMME_TYPES).map(([name, type]) =>
  c(name, type, (arProgramme.data.columns as Record<string, string>)[name]!, (frProgramme.data.columns as Record<string, string>)[name]!),
);

export const DATASETS: readonly Dataset[] = [
  {
    id: "action-programme",
    titleAr: "برنامج عمل الجماعة ومشاريعه",
    titleFr: "Programme d'action de la commune et ses projets",
    descriptionAr: "مشروع في كل سطر: المحور، الحالة، الدواوير، الكلفة، نسب الإنجاز المادي والمالي حسب آخر تحيين، التمويل والشركاء.",
    descriptionFr: "Un projet par ligne : axe, état, douars, coût, avancement physique et financier selon la dernière mise à jour, financement et partenaires.",
    path: "/api/open/programme",
    pagePath: "/programme/data",
    frequency: "continuous",
    jsonKey: "projects",
    columns: programmeColumns,
  },
  {
    id: "petitions",
    titleAr: "سجل العرائض وقراراتها",
    titleFr: "Registre des pétitions et de leurs décisions",
    descriptionAr: "كل عريضة غير المسودات: النوع، الحالة، عدد التوقيعات الصحيحة والنصاب، تواريخ الإيداع والجواب، قرار المكتب وقرار المجلس. بدون أي معطى شخصي.",
    descriptionFr: "Chaque pétition sauf les brouillons : type, état, signatures valides et seuil, dates de dépôt et de réponse, décision du bureau et du conseil. Aucune donnée personnelle.",
    path: "/api/open/petitions",
    pagePath: "/petitions",
    frequency: "continuous",
    jsonKey: "petitions",
    columns: [
      c("id", "integer", "المعرف الرقمي للعريضة في البوابة", "Identifiant numérique de la pétition sur le portail"),
      c("reference", "text", "رقم وصل الإيداع (فارغ قبل الإيداع)", "Numéro du récépissé de dépôt (vide avant le dépôt)"),
      c("kind", "code", "نوع العريضة: citizens (مواطنات ومواطنون) أو association (جمعية)", "Type : citizens (citoyennes et citoyens) ou association"),
      c("status", "code", "حالة العريضة (جمع التوقيعات، مودعة، قيد الدراسة، مقبولة، مرفوضة…)", "État de la pétition (collecte, déposée, en examen, acceptée, rejetée…)"),
      c("subject", "text", "موضوع العريضة", "Objet de la pétition"),
      c("association", "text", "اسم الجمعية صاحبة العريضة (شخص معنوي)", "Nom de l'association pétitionnaire (personne morale)"),
      c("signatures", "integer", "عدد التوقيعات الصحيحة", "Nombre de signatures valides"),
      c("threshold", "integer", "النصاب المطلوب من التوقيعات (المادة 123)", "Seuil de signatures requis (article 123)"),
      c("created_at", "datetime", "تاريخ الإنشاء", "Date de création"),
      c("filed_at", "datetime", "تاريخ الإيداع", "Date du dépôt"),
      c("answer_due_on", "date", "آخر أجل لجواب معلل (ثلاثة أشهر، المادة 125)", "Date limite de la réponse motivée (trois mois, article 125)"),
      c("decided_at", "datetime", "تاريخ قرار المكتب", "Date de la décision du bureau"),
      c("bureau_decision", "text", "تعليل قرار المكتب", "Motifs de la décision du bureau"),
      c("session", "month", "دورة المجلس التي أدرجت فيها العريضة (سنة-شهر)", "Session du conseil où la pétition est inscrite (année-mois)"),
      c("council_decision", "text", "قرار المجلس", "Décision du conseil"),
    ],
  },
  {
    id: "douar-forum",
    titleAr: "مواضيع منتدى الدواوير",
    titleFr: "Sujets du forum des douars",
    descriptionAr: "موضوع ظاهر في كل سطر: الدوار، الفئة، الحالة، عدد المساندين والردود، تاريخ أول جواب رسمي. بدون صاحب الموضوع ولا نصه ولا المكان.",
    descriptionFr: "Un sujet visible par ligne : douar, catégorie, état, soutiens et réponses, date de la première réponse officielle. Sans auteur, sans description ni lieu.",
    path: "/api/open/forum",
    pagePath: "/forum/data",
    frequency: "continuous",
    jsonKey: "topics",
    columns: [
      c("id", "integer", "المعرف الرقمي للموضوع", "Identifiant numérique du sujet"),
      c("created_at", "datetime", "تاريخ النشر", "Date de publication"),
      c("douar_ar", "text", "الدوار (بالعربية)", "Douar (en arabe)"),
      c("douar_fr", "text", "الدوار (بالفرنسية)", "Douar (en français)"),
      c("category_ar", "text", "الفئة (بالعربية)", "Catégorie (en arabe)"),
      c("category_fr", "text", "الفئة (بالفرنسية)", "Catégorie (en français)"),
      c("competence", "code", "اختصاص الجماعة في الفئة: own (ذاتي)، shared (مشترك)، transferred (منقول)", "Compétence de la commune : own (propre), shared (partagée), transferred (transférée)"),
      c("status", "code", "حالة الموضوع", "État du sujet"),
      c("title", "text", "عنوان الموضوع", "Titre du sujet"),
      c("supporters", "integer", "عدد من قالوا «يهمني أيضا»", "Nombre de « me concerne aussi »"),
      c("replies", "integer", "عدد الردود الظاهرة", "Nombre de réponses visibles"),
      c("first_official_answer_at", "datetime", "تاريخ أول جواب رسمي", "Date de la première réponse officielle"),
      c("project_code", "text", "رمز مشروع البرنامج الذي يجيب عن الموضوع", "Code du projet du programme qui y répond"),
      c("competent_body", "text", "الجهة المختصة إن لم تكن الجماعة", "Organisme compétent si ce n'est pas la commune"),
      c("demo", "boolean", "معطى تجريبي (true) أو حقيقي", "Donnée de démonstration (true) ou réelle"),
    ],
  },
  {
    id: "documents",
    titleAr: "فهرس مكتبة الوثائق",
    titleFr: "Index de la bibliothèque de documents",
    descriptionAr: "وثيقة منشورة في كل سطر مع نسختها الحالية ورابط تحميلها (النشر الاستباقي، المادة 10 من القانون 31.13).",
    descriptionFr: "Un document publié par ligne avec sa version actuelle et son lien de téléchargement (publication proactive, loi 31-13 article 10).",
    path: "/api/open/documents",
    pagePath: "/information",
    frequency: "continuous",
    jsonKey: "documents",
    columns: [
      c("id", "integer", "المعرف الرقمي للوثيقة", "Identifiant numérique du document"),
      c("category", "code", "صنف الوثيقة (المادة 10)", "Catégorie du document (article 10)"),
      c("title_ar", "text", "العنوان بالعربية", "Titre en arabe"),
      c("title_fr", "text", "العنوان بالفرنسية", "Titre en français"),
      c("summary_ar", "text", "الملخص بالعربية", "Résumé en arabe"),
      c("summary_fr", "text", "الملخص بالفرنسية", "Résumé en français"),
      c("document_date", "date", "تاريخ الوثيقة", "Date du document"),
      c("period_from", "date", "بداية الفترة المعنية", "Début de la période couverte"),
      c("period_to", "date", "نهاية الفترة المعنية", "Fin de la période couverte"),
      c("source_service_ar", "text", "المصلحة المصدرة (بالعربية)", "Service d'origine (en arabe)"),
      c("source_service_fr", "text", "المصلحة المصدرة (بالفرنسية)", "Service d'origine (en français)"),
      c("published_at", "date", "تاريخ النشر في البوابة", "Date de publication sur le portail"),
      c("version", "integer", "رقم النسخة الحالية", "Numéro de la version actuelle"),
      c("format", "code", "صيغة الملف (pdf، csv، xlsx)", "Format du fichier (pdf, csv, xlsx)"),
      c("bytes", "integer", "حجم الملف بالبايت", "Taille du fichier en octets"),
      c("page_url", "url", "رابط صفحة الوثيقة", "Lien de la page du document"),
      c("file_url", "url", "رابط تحميل الملف", "Lien de téléchargement du fichier"),
    ],
  },
  {
    id: "participatory-budget",
    titleAr: "نتائج الميزانية التشاركية",
    titleFr: "Résultats du budget participatif",
    descriptionAr: "ملف لكل دورة: مقترح في كل سطر مع دراسته التقنية، وبعد نشر النتائج عدد الأصوات والترتيب والتمويل. بدون صاحب المقترح ولا المصوتين.",
    descriptionFr: "Un fichier par cycle : une proposition par ligne avec son examen technique et, une fois les résultats publiés, les voix, le rang et le financement. Sans auteur ni votants.",
    path: "/api/open/budget/{year}",
    pagePath: "/budget",
    frequency: "yearly",
    perYear: true,
    jsonKey: "proposals",
    columns: [
      c("year", "integer", "سنة الدورة", "Année du cycle"),
      c("proposal_id", "integer", "المعرف الرقمي للمقترح", "Identifiant numérique de la proposition"),
      c("title", "text", "عنوان المقترح", "Titre de la proposition"),
      c("douar_fr", "text", "الدوار (بالفرنسية)", "Douar (en français)"),
      c("competence", "code", "اختصاص الجماعة", "Compétence de la commune"),
      c("estimated_cost_mad", "integer", "الكلفة التقديرية بالدرهم", "Coût estimé en dirhams"),
      c("status", "code", "حالة المقترح بعد الدراسة التقنية", "État de la proposition après examen technique"),
      c("revised_cost_mad", "integer", "الكلفة بعد الدراسة التقنية بالدرهم", "Coût révisé par l'examen technique, en dirhams"),
      c("votes", "integer", "عدد الأصوات (بعد نشر النتائج)", "Nombre de voix (après publication des résultats)"),
      c("rank", "integer", "الترتيب (بعد نشر النتائج)", "Rang (après publication des résultats)"),
      c("funded", "boolean", "ممول في حدود الغلاف (بعد نشر النتائج)", "Financé dans l'enveloppe (après publication des résultats)"),
      c("project_code", "text", "رمز مشروع البرنامج الذي صار إليه المقترح", "Code du projet du programme issu de la proposition"),
    ],
  },
  {
    id: "consultations",
    titleAr: "نتائج المشاورات العمومية",
    titleFr: "Résultats des consultations publiques",
    descriptionAr: "لكل مشاورة مغلقة: عدد المشاركين وعدد الأجوبة على كل اختيار، حسب الدوار، ثم على حدة حسب الجنس المصرح به. بدون أي شخص ولا تعليق.",
    descriptionFr: "Pour chaque consultation close : le nombre de participants et de réponses à chaque choix, par douar, puis séparément par genre déclaré. Sans aucune personne ni commentaire.",
    path: "/api/open/consultations",
    pagePath: "/consultations",
    frequency: "continuous",
    jsonKey: "rows",
    columns: [
      c("consultation_id", "integer", "المعرف الرقمي للمشاورة", "Identifiant numérique de la consultation"),
      c("title_ar", "text", "عنوان المشاورة بالعربية", "Titre de la consultation en arabe"),
      c("title_fr", "text", "عنوان المشاورة بالفرنسية", "Titre de la consultation en français"),
      c("closed_at", "datetime", "تاريخ الإغلاق", "Date de clôture"),
      c("measure", "code", "ما يُعدّ: المشاركون (participants) أو الأجوبة على اختيار (answers)", "Ce qui est compté : les participants (participants) ou les réponses à un choix (answers)"),
      c("question_position", "integer", "رتبة السؤال", "Rang de la question"),
      c("question_ar", "text", "السؤال بالعربية", "Question en arabe"),
      c("question_fr", "text", "السؤال بالفرنسية", "Question en français"),
      c("option_position", "integer", "رتبة الاختيار", "Rang du choix"),
      c("option_ar", "text", "الاختيار بالعربية", "Choix en arabe"),
      c("option_fr", "text", "الاختيار بالفرنسية", "Choix en français"),
      c("breakdown", "code", "التوزيع: حسب الدوار (douar) أو حسب الجنس (gender)", "Ventilation : par douar (douar) ou par genre (gender)"),
      c("douar_slug", "code", "معرف الدوار", "Identifiant du douar"),
      c("douar_ar", "text", "الدوار بالعربية", "Douar en arabe"),
      c("douar_fr", "text", "الدوار بالفرنسية", "Douar en français"),
      c("gender", "code", "الجنس المصرح به", "Genre déclaré"),
      c("count", "integer", "العدد", "Nombre"),
    ],
  },
  {
    id: "council-sessions",
    titleAr: "دورات المجلس وجداول أعمالها ومقرراتها",
    titleFr: "Sessions du conseil, ordres du jour et décisions",
    descriptionAr: "نقطة من جدول أعمال في كل سطر، منذ نشر جدول الأعمال (المادة 48)، مع المقرر والتصويت بعد نشر المقررات (المادة 273).",
    descriptionFr: "Un point de l'ordre du jour par ligne, dès la publication de l'ordre du jour (art. 48), avec la décision et le vote une fois les décisions publiées (art. 273).",
    path: "/api/open/sessions",
    pagePath: "/sessions",
    frequency: "continuous",
    jsonKey: "items",
    columns: [
      c("item_id", "integer", "المعرف الرقمي للنقطة", "Identifiant numérique du point"),
      c("session_id", "integer", "المعرف الرقمي للدورة", "Identifiant numérique de la session"),
      c("kind", "code", "نوع الدورة: عادية (ordinary) أو استثنائية (extraordinary)", "Type de session : ordinaire (ordinary) ou extraordinaire (extraordinary)"),
      c("year", "integer", "السنة", "Année"),
      c("month", "month", "الشهر", "Mois"),
      c("starts_on", "date", "تاريخ الافتتاح", "Date d'ouverture"),
      c("ends_on", "date", "تاريخ الاختتام", "Date de clôture"),
      c("status", "code", "حالة الدورة", "État de la session"),
      c("agenda_published_at", "datetime", "تاريخ نشر جدول الأعمال", "Date de publication de l'ordre du jour"),
      c("origin", "code", "مصدر النقطة (الرئيس، الأعضاء، العامل، عريضة، رأي هيئة…)", "Origine du point (président, membres, gouverneur, pétition, avis d'une instance…)"),
      c("title_ar", "text", "النقطة بالعربية", "Point en arabe"),
      c("title_fr", "text", "النقطة بالفرنسية", "Point en français"),
      c("referred_committee", "text", "اللجنة المحالة عليها", "Commission saisie"),
      c("decisions_published_at", "datetime", "تاريخ نشر المقررات", "Date de publication des décisions"),
      c("decision_text", "text", "المقرر (بعد نشر المقررات)", "Décision (après publication des décisions)"),
      c("votes_for", "integer", "الأصوات المؤيدة", "Voix pour"),
      c("votes_against", "integer", "الأصوات المعارضة", "Voix contre"),
      c("votes_abstain", "integer", "الممتنعون", "Abstentions"),
    ],
  },
  {
    id: "progress-updates",
    titleAr: "تتبع تقدم مشاريع برنامج العمل",
    titleFr: "Suivi de l'avancement des projets du programme d'action",
    descriptionAr: "تحيين في كل سطر: نسبة الإنجاز المادي والمالي والمبالغ الملتزم بها والمصروفة، لمشاريع البرنامج الجاري. بدون صاحب التحيين.",
    descriptionFr: "Une mise à jour par ligne : avancement physique et financier, montants engagés et dépensés, pour les projets du programme en cours. Sans l'auteur de la mise à jour.",
    path: "/api/open/progress-updates",
    pagePath: "/programme",
    frequency: "continuous",
    jsonKey: "updates",
    columns: [
      c("update_id", "integer", "المعرف الرقمي للتحيين", "Identifiant numérique de la mise à jour"),
      c("project_code", "code", "رمز المشروع", "Code du projet"),
      c("recorded_at", "datetime", "تاريخ التحيين", "Date de la mise à jour"),
      c("physical_percent", "integer", "نسبة الإنجاز المادي (%)", "Avancement physique (%)"),
      c("financial_percent", "integer", "نسبة الإنجاز المالي (%)", "Avancement financier (%)"),
      c("committed_mad", "integer", "المبلغ الملتزم به بالدرهم", "Montant engagé en dirhams"),
      c("spent_mad", "integer", "المبلغ المصروف بالدرهم", "Montant dépensé en dirhams"),
      c("note_ar", "text", "ملاحظة بالعربية", "Note en arabe"),
      c("note_fr", "text", "ملاحظة بالفرنسية", "Note en français"),
    ],
  },
  {
    id: "information-statistics",
    titleAr: "إحصاءات الحق في الحصول على المعلومات",
    titleFr: "Statistiques du droit d'accès à l'information",
    descriptionAr: "سنة في كل سطر: الطلبات المتوصل بها والمجاب عنها، في الأجل أم لا، ومتوسط أيام العمل، والنتائج. أرقام إجمالية فقط.",
    descriptionFr: "Une année par ligne : demandes reçues et répondues, dans le délai ou non, durée moyenne en jours ouvrables, issues. Des chiffres globaux seulement.",
    path: "/api/open/information-statistics",
    pagePath: "/information/statistics",
    frequency: "continuous",
    jsonKey: "years",
    columns: [
      c("year", "integer", "السنة", "Année"),
      c("received", "integer", "الطلبات المتوصل بها", "Demandes reçues"),
      c("answered", "integer", "الطلبات المجاب عنها", "Demandes répondues"),
      c("answered_on_time", "integer", "المجاب عنها في الأجل القانوني", "Répondues dans le délai légal"),
      c("average_working_days", "text", "متوسط مدة الجواب بأيام العمل", "Durée moyenne de réponse en jours ouvrables"),
      c("given", "integer", "معلومات مقدمة", "Informations communiquées"),
      c("partial", "integer", "معلومات مقدمة جزئيا", "Informations communiquées en partie"),
      c("refused", "integer", "طلبات مرفوضة", "Demandes refusées"),
    ],
  },
];

/** The download address of a dataset (for one year when it is published per year). */
export function datasetUrl(dataset: Dataset, format: "csv" | "json", year?: number): string {
  return `${dataset.path.replace("{year}", String(year ?? ""))}?format=${format}`;
}
