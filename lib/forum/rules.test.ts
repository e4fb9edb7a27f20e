import { describe, expect, it } from "vitest";
import {
  COMPETENCE_ARTICLE,
  FORUM_CATEGORIES,
  STATUS_NEXT,
  TOPIC_STATUSES,
  median,
  normalizeForMatching,
  similarTopics,
  statusChangeError,
  suspensionUntil,
  titleSimilarity,
  type StatusChange,
} from "./rules";

const change = (overrides: Partial<StatusChange>): StatusChange => ({
  from: "NEW",
  to: "ACKNOWLEDGED",
  note: "توصلنا بالموضوع وسنزور الدوار هذا الأسبوع",
  projectId: null,
  competentBody: null,
  ...overrides,
});

describe("a topic's public status (art. 119 dialogue mechanisms)", () => {
  it("moves forward along new → acknowledged → referred → planned → resolved", () => {
    expect(statusChangeError(change({ from: "NEW", to: "ACKNOWLEDGED" }))).toBeNull();
    expect(statusChangeError(change({ from: "ACKNOWLEDGED", to: "REFERRED" }))).toBeNull();
    expect(statusChangeError(change({ from: "REFERRED", to: "PLANNED", projectId: 4 }))).toBeNull();
    expect(statusChangeError(change({ from: "PLANNED", to: "RESOLVED" }))).toBeNull();
  });

  it("never goes back, never skips to planned or resolved from new, and stays closed once closed", () => {
    expect(statusChangeError(change({ from: "REFERRED", to: "ACKNOWLEDGED" }))).toEqual({ field: "status", key: "statusTransition" });
    expect(statusChangeError(change({ from: "NEW", to: "RESOLVED" }))?.key).toBe("statusTransition");
    expect(statusChangeError(change({ from: "NEW", to: "PLANNED", projectId: 4 }))?.key).toBe("statusTransition");
    expect(statusChangeError(change({ from: "NEW", to: "NEW" }))?.key).toBe("statusTransition");
    for (const to of TOPIC_STATUSES) {
      expect(statusChangeError(change({ from: "RESOLVED", to }))?.key).toBe("statusTransition");
      expect(statusChangeError(change({ from: "OUTSIDE_COMPETENCE", to }))?.key).toBe("statusTransition");
    }
  });

  it("may be found outside the commune's competence until it is planned", () => {
    for (const from of ["NEW", "ACKNOWLEDGED", "REFERRED"] as const) {
      expect(STATUS_NEXT[from]).toContain("OUTSIDE_COMPETENCE");
    }
    expect(STATUS_NEXT.PLANNED).not.toContain("OUTSIDE_COMPETENCE");
  });

  it("asks a short public note with every change", () => {
    expect(statusChangeError(change({ note: null }))).toEqual({ field: "note", key: "noteRequired" });
    expect(statusChangeError(change({ note: "   " }))).toEqual({ field: "note", key: "noteRequired" });
    expect(statusChangeError(change({ note: "x".repeat(501) }))).toEqual({ field: "note", key: "tooLong" });
  });

  it("links a planned topic to an action-programme project", () => {
    expect(statusChangeError(change({ from: "REFERRED", to: "PLANNED", projectId: null }))).toEqual({ field: "projectId", key: "projectRequired" });
  });

  it("names the competent body when the topic is outside the commune's competence", () => {
    expect(statusChangeError(change({ to: "OUTSIDE_COMPETENCE", competentBody: " " }))).toEqual({ field: "competentBody", key: "competentBodyRequired" });
    expect(statusChangeError(change({ to: "OUTSIDE_COMPETENCE", competentBody: "المكتب الوطني للكهرباء والماء الصالح للشرب" }))).toBeNull();
  });
});

describe("categories and competences (organic law 113.14 arts. 83, 87, 90)", () => {
  it("cites the article of each kind of competence", () => {
    expect(COMPETENCE_ARTICLE).toEqual({ OWN: 83, SHARED: 87, TRANSFERRED: 90 });
  });

  it("lists the issue's categories with unique slugs, waste and dumps as own competences, sports fields as shared", () => {
    expect(FORUM_CATEGORIES).toHaveLength(13);
    expect(new Set(FORUM_CATEGORIES.map((c) => c.slug)).size).toBe(13);
    const bySlug = Object.fromEntries(FORUM_CATEGORIES.map((c) => [c.slug, c.competence]));
    expect(bySlug.waste).toBe("OWN");
    expect(bySlug.dumps).toBe("OWN");
    expect(bySlug.lighting).toBe("OWN");
    expect(bySlug["sports-fields"]).toBe("SHARED");
    expect(bySlug["collective-lands"]).toBeNull();
  });
});

describe("similar topics suggested before posting", () => {
  it("ignores diacritics, tatweel, alef forms, taa marbuta and alef maqsura", () => {
    expect(normalizeForMatching("إنارةُ الطريـــق")).toBe(normalizeForMatching("انارة الطريق"));
    expect(normalizeForMatching("الإنارة")).toBe(normalizeForMatching("الانارة"));
    expect(normalizeForMatching("ساحة")).toBe(normalizeForMatching("ساحه"));
    expect(normalizeForMatching("مستشفى")).toBe(normalizeForMatching("مستشفي"));
    expect(normalizeForMatching("Éclairage ١٢")).toBe("eclairage 12");
  });

  it("finds the same problem written differently", () => {
    expect(titleSimilarity("تراكم النفايات قرب المدرسة", "النفايات متراكمة قرب المدرسه")).toBeGreaterThan(0.5);
    expect(titleSimilarity("انقطاع الإنارة العمومية", "الانارة العموميه منقطعة")).toBeGreaterThan(0.5);
    expect(titleSimilarity("Déchets près de l'école", "dechets pres ecole")).toBeGreaterThan(0.5);
  });

  it("finds a topic told with more words, a number or a note in brackets", () => {
    expect(titleSimilarity("تراكم النفايات قرب السوق الأسبوعي 17", "تراكم النفايات قرب المدرسة (مثال تجريبي)")).toBeGreaterThanOrEqual(0.4);
    expect(titleSimilarity("ولوجية مقر الجماعة للكراسي المتحركة", "ولوجية مقر الجماعة للأشخاص في وضعية إعاقة")).toBeGreaterThanOrEqual(0.4);
  });

  it("does not match unrelated problems", () => {
    expect(titleSimilarity("تراكم النفايات قرب المدرسة", "إصلاح ملعب كرة القدم")).toBeLessThan(0.2);
    expect(titleSimilarity("مشكل في الدوار", "مشكل آخر في الدوار")).toBeLessThan(0.4);
  });

  it("suggests the closest first, at most five, none below the threshold", () => {
    const candidates = [
      { id: 1, title: "إصلاح ملعب كرة القدم" },
      { id: 2, title: "النفايات قرب المدرسة" },
      { id: 3, title: "تراكمُ النفايات قرب المدرسة" },
      ...Array.from({ length: 6 }, (_, i) => ({ id: 10 + i, title: `تراكم النفايات قرب السوق ${i}` })),
    ];
    const suggestions = similarTopics("تراكم النفايات قرب المدرسة", candidates);
    expect(suggestions).toHaveLength(5);
    expect(suggestions[0]!.id).toBe(3);
    expect(suggestions.map((s) => s.id)).not.toContain(1);
    expect(similarTopics("", candidates)).toEqual([]);
  });
});

describe("repeated abuse suspends posting (forum rules)", () => {
  it("suspends for 30 days at the third hidden post within the window", () => {
    const now = new Date("2026-11-29T10:00:00Z");
    expect(suspensionUntil(2, now)).toBeNull();
    expect(suspensionUntil(3, now)).toEqual(new Date("2026-12-29T10:00:00Z"));
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
