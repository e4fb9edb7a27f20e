import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdown } from "./markdown";

describe("the committees' Markdown", () => {
  it("reads plain text as paragraphs that keep their line breaks", () => {
    expect(parseMarkdown("افتتح الاجتماع\nثم نوقشت النقط\n\nرفعت الجلسة")).toEqual([
      { kind: "paragraph", lines: [[{ text: "افتتح الاجتماع" }], [{ text: "ثم نوقشت النقط" }]] },
      { kind: "paragraph", lines: [[{ text: "رفعت الجلسة" }]] },
    ]);
  });

  it("reads headings, bulleted and numbered lists", () => {
    expect(parseMarkdown("## Décisions\n- former les membres\n- demander un bureau\n1. premier\n2. second")).toEqual([
      { kind: "heading", level: 2, content: [{ text: "Décisions" }] },
      { kind: "list", ordered: false, items: [[{ text: "former les membres" }], [{ text: "demander un bureau" }]] },
      { kind: "list", ordered: true, items: [[{ text: "premier" }], [{ text: "second" }]] },
    ]);
  });

  it("marks **bold** and *italic*, and leaves a lone star as typed", () => {
    expect(parseInline("un **vote** *unanime* à 5 * 2")).toEqual([
      { text: "un " }, { text: "vote", bold: true }, { text: " " }, { text: "unanime", italic: true }, { text: " à 5 * 2" },
    ]);
  });

  it("keeps markup as text: nothing in it becomes HTML", () => {
    expect(parseMarkdown("<script>alert(1)</script>")).toEqual([{ kind: "paragraph", lines: [[{ text: "<script>alert(1)</script>" }]] }]);
  });
});
