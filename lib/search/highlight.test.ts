import { describe, expect, it } from "vitest";
import { highlight, queryWords } from "./highlight";

const marked = (segments: { text: string; match: boolean }[]) => segments.filter((s) => s.match).map((s) => s.text);

describe("highlight", () => {
  it("marks the words as written, whatever alef, taa marbuta or harakat the query used", () => {
    const segments = highlight("تأهيل المَدْرَسَة الابتدائية في دوار أولاد عمرو", "مدرسه اولاد");
    expect(marked(segments)).toEqual(["المَدْرَسَة".slice(2), "أولاد"]);
    expect(segments.map((s) => s.text).join("")).toBe("تأهيل المَدْرَسَة الابتدائية في دوار أولاد عمرو");
  });

  it("marks French words without accents or case", () => {
    expect(marked(highlight("Réfection de la route d'accès à Ouled Amrou", "refection acces"))).toEqual(["Réfection", "accès"]);
  });

  it("keeps markup as plain text (React escapes it)", () => {
    const segments = highlight("<script>alert(1)</script> école", "ecole");
    expect(segments.map((s) => s.text).join("")).toBe("<script>alert(1)</script> école");
    expect(marked(segments)).toEqual(["école"]);
  });

  it("cuts a long text around the first match", () => {
    const text = `${"mot ".repeat(200)}bibliothèque ${"fin ".repeat(200)}`;
    const segments = highlight(text, "bibliotheque", 120);
    const joined = segments.map((s) => s.text).join("");
    expect(joined.startsWith("… ")).toBe(true);
    expect(joined.endsWith(" …")).toBe(true);
    expect(joined.length).toBeLessThan(140);
    expect(marked(segments)).toEqual(["bibliothèque"]);
  });

  it("starts at the beginning when nothing matches, and ignores one-letter words", () => {
    expect(highlight("Un texte court", "zzz")).toEqual([{ text: "Un texte court", match: false }]);
    expect(queryWords("a و École")).toEqual(["ecole"]);
  });
});
