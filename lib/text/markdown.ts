// The small Markdown the committees write their minutes and opinions in (issue 5: "rich text
// stored as Markdown"): headings (## or ###), paragraphs, bulleted (- or *) and numbered (1.)
// lists, **bold** and *italic*. Parsed into plain data that React renders as elements, so no HTML
// from the text ever reaches the page: nothing to sanitize, nothing that can run.

export type Inline = { text: string; bold?: boolean; italic?: boolean };
export type Block =
  | { kind: "heading"; level: 2 | 3; content: Inline[] }
  | { kind: "paragraph"; lines: Inline[][] }
  | { kind: "list"; ordered: boolean; items: Inline[][] };

const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;
const HEADING = /^(#{2,3})\s+(.*)$/;

/** **bold** and *italic* runs; an unmatched marker stays as typed. */
export function parseInline(text: string): Inline[] {
  const parts: Inline[] = [];
  const pattern = /\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push(match[1] !== undefined ? { text: match[1], bold: true } : { text: match[2]!, italic: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  for (const line of source.replace(/\r\n?/g, "\n").split("\n")) {
    const previous = blocks.at(-1);
    if (line.trim() === "") {
      // A blank line ends the paragraph or list.
      if (previous && !(previous.kind === "paragraph" && previous.lines.length === 0)) blocks.push({ kind: "paragraph", lines: [] });
      continue;
    }
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (heading) blocks.push({ kind: "heading", level: heading[1]!.length as 2 | 3, content: parseInline(heading[2]!.trim()) });
    else if (bullet || numbered) {
      const ordered = !!numbered;
      const item = parseInline((bullet ?? numbered)![1]!.trim());
      if (previous?.kind === "list" && previous.ordered === ordered) previous.items.push(item);
      else blocks.push({ kind: "list", ordered, items: [item] });
    } else if (previous?.kind === "paragraph") previous.lines.push(parseInline(line.trim()));
    else blocks.push({ kind: "paragraph", lines: [parseInline(line.trim())] });
  }
  return blocks.filter((block) => block.kind !== "paragraph" || block.lines.length > 0);
}
