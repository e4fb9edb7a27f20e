// The one normalisation of search text, written twice on purpose: here for what people type, and
// as the SQL function `search_normalize` (prisma/migrations/20261129150000_portal_search) for what
// is indexed. Both do exactly the same steps with the same character tables, so a query typed on
// any keyboard meets the stored text: normalize.test.ts checks this function, and
// tests/integration/search.test.ts runs the SQL function over the same examples
// (normalize.fixtures.ts) and checks that the migration carries these tables.
//
// Steps, in order:
// 1. remove Arabic diacritics (harakat, shadda, sukun, superscript alef, Quranic marks), tatweel
//    and invisible direction marks;
// 2. map letters one to one (`FOLD_FROM` → `FOLD_TO`): Latin capitals to small letters, French
//    accented letters to plain ones, أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي, no-break spaces to spaces;
// 3. collapse whitespace runs to one space and trim.
// Only the letters listed are lower-cased (no locale-dependent lower()), so that PostgreSQL gives
// the same answer whatever the database's collation, and the SQL function is truly IMMUTABLE.

/** Arabic marks and tatweel, as a regular expression class body valid in JavaScript and PostgreSQL. */
export const ARABIC_MARKS_CLASS = "\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640\\u200B-\\u200F";

/** What counts as whitespace, the same in JavaScript and PostgreSQL (no locale-dependent \\s). */
export const SPACE_CLASS = " \\t\\n\\r\\f\\v";

export const FOLD_FROM =
  "ABCDEFGHIJKLMNOPQRSTUVWXYZ" +
  "ÀÁÂÃÄÅàáâãäå" + "Çç" + "ÈÉÊËèéêë" + "ÌÍÎÏìíîï" + "Ññ" + "ÒÓÔÕÖòóôõö" + "ÙÚÛÜùúûü" + "ÝýÿŸ" +
  "\u00A0\u202F" +
  "أإآٱةىؤئ";
export const FOLD_TO =
  "abcdefghijklmnopqrstuvwxyz" +
  "aaaaaaaaaaaa" + "cc" + "eeeeeeee" + "iiiiiiii" + "nn" + "oooooooooo" + "uuuuuuuu" + "yyyy" +
  "  " +
  "ااااهيوي";

const MARKS = new RegExp(`[${ARABIC_MARKS_CLASS}]`, "g");
const SPACES = new RegExp(`[${SPACE_CLASS}]+`, "g");
const EDGES = new RegExp(`^ | $`, "g");
const FOLD = new Map([...FOLD_FROM].map((ch, i) => [ch, [...FOLD_TO][i]!]));

export function searchNormalize(text: string): string {
  let folded = "";
  for (const ch of text.replace(MARKS, "")) folded += FOLD.get(ch) ?? ch;
  return folded.replace(SPACES, " ").replace(EDGES, "");
}
