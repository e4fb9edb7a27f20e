import { describe, expect, it } from "vitest";
import { DecisionSchema, idFromSegment, PetitionSchema, SignatureSchema } from "./schemas";

const signature = (values: Record<string, string> = {}) => ({
  petitionId: "3", fullName: "فاطمة الزهراء", idNumber: "ab 123456", address: "دوار الزاوية", basis: "RESIDENT",
  declaredBasis: "on", declaredElectoral: "on", declaredInterest: "on", ...values,
});

describe("a signatory's form (organic law 113.14 art. 123)", () => {
  it("normalizes the CIN as people type it", () => {
    expect(SignatureSchema.parse(signature()).idNumber).toBe("AB123456");
    expect(SignatureSchema.parse(signature({ idNumber: "f-12.34" })).idNumber).toBe("F1234");
  });

  it("refuses a CIN that is not one or two letters then one to six digits", () => {
    for (const idNumber of ["123456", "ABC123", "A1234567", "AB", "<script>", "١٢٣"]) {
      const result = SignatureSchema.safeParse(signature({ idNumber }));
      expect(result.success, idNumber).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("cinFormat");
    }
  });

  it("requires each of the three declarations", () => {
    for (const field of ["declaredBasis", "declaredElectoral", "declaredInterest"]) {
      const result = SignatureSchema.safeParse(signature({ [field]: "" }));
      expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([[field, "declarationRequired"]]);
    }
  });

  it("refuses a basis other than residence or activity, and oversized or bidi-spoofed text", () => {
    expect(SignatureSchema.safeParse(signature({ basis: "TOURIST" })).success).toBe(false);
    expect(SignatureSchema.safeParse(signature({ fullName: "x".repeat(121) })).error?.issues[0]?.message).toBe("tooLong");
    expect(SignatureSchema.safeParse(signature({ address: "دوار\u202Eالزاوية" })).error?.issues[0]?.message).toBe("bidiControl");
  });
});

describe("a petition's form (decree 2.16.403 annex; art. 121)", () => {
  const petition = { kind: "CITIZENS", subject: "ملعب للقرب", reasons: "لا يوجد", objectives: "تهيئة", declaredAdmissible: "on" };

  it("needs a subject, reasons, objectives and the art. 121 confirmation", () => {
    expect(PetitionSchema.safeParse(petition).success).toBe(true);
    expect(PetitionSchema.safeParse({ ...petition, declaredAdmissible: undefined }).error?.issues[0]?.message).toBe("declarationRequired");
    expect(PetitionSchema.safeParse({ ...petition, subject: "  " }).error?.issues[0]?.message).toBe("required");
    expect(PetitionSchema.safeParse({ ...petition, reasons: "x".repeat(4001) }).error?.issues[0]?.message).toBe("tooLong");
  });
});

describe("the bureau's decision (art. 125)", () => {
  it("is reasoned, whether it accepts or rejects", () => {
    expect(DecisionSchema.safeParse({ petitionId: "1", decision: "REJECTED", reasons: "" }).success).toBe(false);
    expect(DecisionSchema.parse({ petitionId: "1", decision: "REJECTED", reasons: "خارج الاختصاص" })).toMatchObject({ checkCompetence: false, referredCommittee: null });
  });
});

describe("ids in URLs", () => {
  it("reads a positive 32-bit integer and nothing else (a forged id is a 404)", () => {
    expect(idFromSegment("42")).toBe(42);
    for (const bad of ["0", "-1", "1e3", "abc", "042", "99999999999", "2147483648"]) expect(idFromSegment(bad), bad).toBeNull();
  });
});
