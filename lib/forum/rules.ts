// Rules of the douar forum, each citing its source (docs/law.md maps them to their tests).
// Pure functions: no database, no clock unless passed in.

// ---------------------------------------------------------------------------------------------
// The public status of a topic
// ---------------------------------------------------------------------------------------------

export const TOPIC_STATUSES = ["NEW", "ACKNOWLEDGED", "REFERRED", "PLANNED", "RESOLVED", "OUTSIDE_COMPETENCE"] as const;
export type TopicStatusValue = (typeof TOPIC_STATUSES)[number];

/** Statuses after which the commune has nothing left to do on the topic. */
export const CLOSED_STATUSES: readonly TopicStatusValue[] = ["RESOLVED", "OUTSIDE_COMPETENCE"];
export const OPEN_STATUSES: readonly TopicStatusValue[] = TOPIC_STATUSES.filter((s) => !CLOSED_STATUSES.includes(s));

/**
 * Where a topic may go next. It moves forward along new → acknowledged → referred to the
 * responsible service → planned → resolved, may be resolved at any step once acknowledged (a
 * problem fixed without a programme project), and may be found outside the commune's competence
 * until it is planned (OL 113.14 arts. 83, 87, 90 draw the line). Closed topics stay closed.
 */
export const STATUS_NEXT: Readonly<Record<TopicStatusValue, readonly TopicStatusValue[]>> = {
  NEW: ["ACKNOWLEDGED", "REFERRED", "OUTSIDE_COMPETENCE"],
  ACKNOWLEDGED: ["REFERRED", "PLANNED", "RESOLVED", "OUTSIDE_COMPETENCE"],
  REFERRED: ["PLANNED", "RESOLVED", "OUTSIDE_COMPETENCE"],
  PLANNED: ["RESOLVED"],
  RESOLVED: [],
  OUTSIDE_COMPETENCE: [],
};

/** The longest public note staff write with a status change: short, it is read on a phone. */
export const STATUS_NOTE_MAX = 500;

export type StatusChange = {
  from: TopicStatusValue;
  to: TopicStatusValue;
  note: string | null;
  projectId: number | null;
  competentBody: string | null;
};

/** Message keys under "Forum.errors", by the field they concern. */
export type StatusChangeError = { field: "status" | "note" | "projectId" | "competentBody"; key: string };

/**
 * Whether a status change is allowed, or the first reason it is not. Every change is explained
 * publicly (art. 119 dialogue mechanisms: residents see what the commune does with what they
 * raise); "planned" names the action-programme project; "outside competence" names who is
 * competent, so the resident knows where to turn.
 */
export function statusChangeError(change: StatusChange): StatusChangeError | null {
  if (!STATUS_NEXT[change.from].includes(change.to)) return { field: "status", key: "statusTransition" };
  if (!change.note?.trim()) return { field: "note", key: "noteRequired" };
  if (change.note.length > STATUS_NOTE_MAX) return { field: "note", key: "tooLong" };
  if (change.to === "PLANNED" && !change.projectId) return { field: "projectId", key: "projectRequired" };
  if (change.to === "OUTSIDE_COMPETENCE" && !change.competentBody?.trim()) return { field: "competentBody", key: "competentBodyRequired" };
  return null;
}

// ---------------------------------------------------------------------------------------------
// Categories and the commune's competence (organic law 113.14 arts. 83, 87, 90)
// ---------------------------------------------------------------------------------------------

export type CompetenceValue = "OWN" | "SHARED" | "TRANSFERRED";

/** The article of organic law 113.14 that lists each kind of competence. */
export const COMPETENCE_ARTICLE: Readonly<Record<CompetenceValue, number>> = { OWN: 83, SHARED: 87, TRANSFERRED: 90 };

export type CategorySeed = { slug: string; nameAr: string; nameFr: string; competence: CompetenceValue | null };

/**
 * The categories the issue lists, with the competence that usually applies (administrators edit
 * them afterwards). null: no single competence; staff judge case by case, and the topic may be
 * outside the commune's competence (e.g. collective lands are under the Ministry of the Interior's
 * tutelage, law 62.17).
 *  - own (art. 83): drinking water and lighting distribution, solid and liquid sanitation, street
 *    cleaning, household waste collection and transport to dumps;
 *  - shared with the State (art. 87): communal roads and tracks, sports fields, youth and cultural
 *    centres, maintenance of primary schools and dispensaries, social action;
 *  - transferred (art. 90): small and medium water works (none of the listed categories by default).
 */
export const FORUM_CATEGORIES: readonly CategorySeed[] = [
  { slug: "waste", nameAr: "النفايات والنظافة", nameFr: "Déchets et propreté", competence: "OWN" },
  { slug: "dumps", nameAr: "المطارح", nameFr: "Décharges", competence: "OWN" },
  { slug: "sanitation", nameAr: "التطهير السائل", nameFr: "Assainissement", competence: "OWN" },
  { slug: "drinking-water", nameAr: "الماء الصالح للشرب", nameFr: "Eau potable", competence: "OWN" },
  { slug: "roads", nameAr: "الطرق والمسالك", nameFr: "Routes et pistes", competence: "SHARED" },
  { slug: "lighting", nameAr: "الإنارة العمومية", nameFr: "Éclairage public", competence: "OWN" },
  { slug: "sports-fields", nameAr: "الملاعب الرياضية", nameFr: "Terrains de sport", competence: "SHARED" },
  { slug: "culture-youth", nameAr: "الثقافة والشباب", nameFr: "Culture et jeunesse", competence: "SHARED" },
  { slug: "health", nameAr: "الصحة", nameFr: "Santé", competence: "SHARED" },
  { slug: "education", nameAr: "التعليم", nameFr: "Éducation", competence: "SHARED" },
  { slug: "disability-vulnerable", nameAr: "الأشخاص في وضعية إعاقة والفئات الهشة", nameFr: "Personnes en situation de handicap et groupes vulnérables", competence: "SHARED" },
  { slug: "collective-lands", nameAr: "الأراضي السلالية", nameFr: "Terres collectives", competence: null },
  { slug: "other", nameAr: "أخرى", nameFr: "Autre", competence: null },
];

// ---------------------------------------------------------------------------------------------
// Suggesting similar topics before posting
// ---------------------------------------------------------------------------------------------

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671\u0672\u0673]/g;
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
/** Little words that say nothing about the problem (Arabic, Darija, French). */
const STOP_WORDS = new Set([
  "في", "من", "علي", "الي", "عن", "مع", "هذا", "هذه", "ذلك", "التي", "الذي", "او", "و", "ثم", "قرب", "فيه", "بدون", "لا", "ما", "كل",
  "دوار", "حي", "مشكل", "مشكلة", "مشكله",
  "le", "la", "les", "de", "des", "du", "un", "une", "et", "a", "au", "aux", "en", "dans", "sur", "pour", "par", "pas", "est", "douar", "probleme",
]);

/**
 * The same text with the differences that do not change an Arabic word removed: diacritics and
 * tatweel go, alef forms become bare alef, taa marbuta becomes haa, alef maqsura becomes yaa,
 * hamza carriers become their letter; Latin letters lose case and accents; digits become Latin.
 */
export function normalizeForMatching(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(DIACRITICS, "")
    .replace(TATWEEL, "")
    .replace(ALEF_FORMS, "\u0627")
    .replace(/\u0629/g, "\u0647")
    .replace(/\u0649/g, "\u064A")
    .replace(/\u0624/g, "\u0648")
    .replace(/\u0626/g, "\u064A")
    .replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) & 0xf) % 10))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The words of a title that carry meaning, without the Arabic definite article or a leading "and". */
export function keywords(text: string): string[] {
  const words = normalizeForMatching(text)
    .split(" ")
    .map((word) => word.replace(/^(و?ال|وب|و)(?=\p{L}{3,})/u, ""))
    // Numbers rarely tell two problems apart and often differ between two reports of one.
    .filter((word) => word.length > 1 && !/^\d+$/.test(word) && !STOP_WORDS.has(word));
  return [...new Set(words)];
}

function trigrams(words: readonly string[]): Set<string> {
  const grams = new Set<string>();
  for (const word of words) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  }
  return grams;
}

function dice<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** Two words are the same word, or close variants of it ("متراكمة" and "تراكم"). */
function sameWord(a: string, b: string): boolean {
  return a === b || dice(trigrams([a]), trigrams([b])) >= 0.5;
}

/**
 * How alike two titles are, 0–1: the mean of two measures over their meaningful words. The
 * overlap of their letter triples catches spelling variants; the share of the shorter title's
 * words found in the other catches the same problem told with more words ("waste near the school"
 * and "waste piling up near the primary school").
 */
export function titleSimilarity(a: string, b: string): number {
  const [wordsA, wordsB] = [keywords(a), keywords(b)];
  if (wordsA.length === 0 || wordsB.length === 0) return 0;
  const shared = wordsA.filter((word) => wordsB.some((other) => sameWord(word, other))).length;
  const wordOverlap = shared / Math.min(wordsA.length, wordsB.length);
  return (dice(trigrams(wordsA), trigrams(wordsB)) + wordOverlap) / 2;
}

/** Below this, two titles are not worth suggesting. */
export const SIMILARITY_THRESHOLD = 0.4;
export const MAX_SUGGESTIONS = 5;

/** The existing topics most like `title`, best first, at most MAX_SUGGESTIONS. */
export function similarTopics<T extends { id: number; title: string }>(title: string, candidates: readonly T[]): (T & { score: number })[] {
  return candidates
    .map((candidate) => ({ ...candidate, score: titleSimilarity(title, candidate.title) }))
    .filter((candidate) => candidate.score >= SIMILARITY_THRESHOLD)
    .sort((a, b) => b.score - a.score || b.id - a.id)
    .slice(0, MAX_SUGGESTIONS);
}

// ---------------------------------------------------------------------------------------------
// Moderation
// ---------------------------------------------------------------------------------------------

/** Posts of one person hidden by moderators within this many days count towards a suspension. */
export const ABUSE_WINDOW_DAYS = 90;
export const HIDDEN_POSTS_BEFORE_SUSPENSION = 3;
export const SUSPENSION_DAYS = 30;

/**
 * When repeated abuse suspends posting (the forum rules say so publicly): the third post hidden
 * within 90 days suspends the author's posting for 30 days; reading stays open.
 */
export function suspensionUntil(hiddenInWindow: number, now: Date): Date | null {
  if (hiddenInWindow < HIDDEN_POSTS_BEFORE_SUSPENSION) return null;
  return new Date(now.getTime() + SUSPENSION_DAYS * 86_400_000);
}

// ---------------------------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------------------------

/** The median of some durations in milliseconds, or null when there are none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
