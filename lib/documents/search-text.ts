// Text normalised for the library's search, the same way for what is stored and what is typed, so
// that a search finds a word whatever its diacritics or letter variants: Arabic short vowels and
// tatweel removed, hamza forms of alif, alif maqsura and ta marbuta unified; French accents and
// case removed. PostgreSQL's "simple" configuration then splits words without stemming.

const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(ARABIC_MARKS, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** What a document is found by: its titles, summaries and the text of its current file. */
export function documentSearchText(parts: { titleAr: string; titleFr: string; summaryAr: string; summaryFr: string; extractedText: string }): string {
  return normalizeForSearch([parts.titleAr, parts.titleFr, parts.summaryAr, parts.summaryFr, parts.extractedText].join(" \n "));
}
