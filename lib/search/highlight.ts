// Highlighted excerpts without HTML: the text is cut around the first place where a word of the
// query appears, and returned as segments (plain text, or a match to wrap in <mark>). React
// escapes every segment, so nothing typed or stored can inject markup. Matching is done on the
// normalised text (./normalize.ts), and mapped back to the original characters, so that
// "مدرسة" highlights "المَدْرَسَة" in the text as written.
import { searchNormalize } from "./normalize";

export type Segment = { text: string; match: boolean };

/** The normalised words of a query, longest first (so that a longer word wins an overlap). */
export function queryWords(query: string): string[] {
  const words = searchNormalize(query)
    .split(" ")
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((w) => w.length >= 2);
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

/** Normalises `text` one character at a time, keeping for each normalised character its position in `text`. */
function normalizeWithMap(text: string): { normalized: string; origin: number[] } {
  let normalized = "";
  const origin: number[] = [];
  let index = 0;
  for (const ch of text) {
    // searchNormalize drops marks and would trim a lone space: a whitespace character stays one space here.
    const out = /\s/.test(ch) ? " " : searchNormalize(ch);
    for (const c of out) {
      normalized += c;
      origin.push(index);
    }
    index += ch.length;
  }
  return { normalized, origin };
}

/**
 * An excerpt of about `length` characters of `text` around the first match of a query word,
 * with every match in it marked; the start of the text when nothing matches.
 */
export function highlight(text: string, query: string, length = 240): Segment[] {
  const clean = text.replace(/\s+/g, " ").trim();
  if (!clean) return [];
  const words = queryWords(query);
  const { normalized, origin } = normalizeWithMap(clean);
  const ranges: [number, number][] = [];
  for (const word of words) {
    let at = normalized.indexOf(word);
    while (at !== -1) {
      const start = origin[at]!;
      const endIndex = at + word.length;
      const end = endIndex < origin.length ? origin[endIndex]! : clean.length;
      if (!ranges.some(([s, e]) => start < e && end > s)) ranges.push([start, end]);
      at = normalized.indexOf(word, at + word.length);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);

  let from = 0;
  if (ranges.length > 0 && clean.length > length) {
    from = Math.max(0, ranges[0]![0] - Math.floor(length / 3));
    // Start at a word boundary.
    const space = clean.lastIndexOf(" ", from);
    from = space === -1 ? 0 : space + 1;
  }
  let to = Math.min(clean.length, from + length);
  if (to < clean.length) {
    const space = clean.lastIndexOf(" ", to);
    if (space > from) to = space;
  }

  const segments: Segment[] = [];
  if (from > 0) segments.push({ text: "… ", match: false });
  let cursor = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (s > cursor) segments.push({ text: clean.slice(cursor, s), match: false });
    segments.push({ text: clean.slice(s, e), match: true });
    cursor = e;
  }
  if (cursor < to) segments.push({ text: clean.slice(cursor, to), match: false });
  if (to < clean.length) segments.push({ text: " …", match: false });
  return segments;
}

/** The excerpt of the first text where a query word appears; else the start of the first non-empty text. */
export function excerpt(texts: readonly string[], query: string, length = 240): Segment[] {
  const candidates = texts.filter((t) => t.trim() !== "");
  for (const text of candidates) {
    const segments = highlight(text, query, length);
    if (segments.some((s) => s.match)) return segments;
  }
  return candidates.length > 0 ? highlight(candidates[0]!, query, length) : [];
}
