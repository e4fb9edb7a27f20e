import { describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { checkDocumentFile } from "@/lib/uploads/documents";
import { simplePdf } from "./simple-pdf";

describe("simplePdf", () => {
  it("makes a small PDF the library accepts and whose words its search can read", async () => {
    const bytes = simplePdf("Budget de la commune 2026", ["Recettes de fonctionnement : 12 450 000 dirhams (état B1).", "Dépenses d'équipement (x) et \\ réserves."]);
    expect(bytes.length).toBeLessThan(4000);
    expect(checkDocumentFile(bytes, "budget-2026.pdf")).toMatchObject({ ok: true, format: "PDF" });
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    expect(text).toContain("Budget de la commune 2026");
    expect(text).toContain("Dépenses d'équipement");
    expect(text).toContain("12 450 000 dirhams");
  });
});
