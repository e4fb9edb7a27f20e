import { describe, expect, it } from "vitest";
import { findPersonalData } from "./rules";

describe("findPersonalData (law 09-08; law 31.13 art. 7)", () => {
  it("refuses columns named after personal data", () => {
    const columns = ["id", "email", "owner_id", "signatory_name", "phone_number", "address_line", "password_hash", "cin", "title", "douar_fr", "created_at"];
    expect(findPersonalData(columns, []).map((f) => f.column)).toEqual(["email", "owner_id", "signatory_name", "phone_number", "address_line", "password_hash", "cin"]);
  });

  it("finds e-mails, CINs, phone numbers and password hashes in any value", () => {
    const rows = [
      { a: "Contact: ahmed.b@example.ma", b: "CIN AB123456", c: "0661-12-34-56", d: "$argon2id$v=19$m=65536", e: "+212 5 36 12 34 56" },
      { a: "x", b: "y", c: "z", d: "w", e: "v" },
    ];
    expect(findPersonalData(["a", "b", "c", "d", "e"], rows).map((f) => f.reason)).toEqual(["e-mail address", "CIN", "phone number", "password hash", "phone number"]);
  });

  it("accepts the portal's own codes, dates, amounts and references", () => {
    const rows = [{ code: "A1-01", ref: "P-2026-0004", when: "2026-03-01T10:00:00.000Z", cost: 1250000, url: "https://portail.example/programme/projects/A1-01", list: ["ouled-amrou", "centre"] }];
    expect(findPersonalData(Object.keys(rows[0]!), rows)).toEqual([]);
  });

  it("finds a known person's name or e-mail anywhere", () => {
    expect(findPersonalData(["subject"], [{ subject: "Pétition déposée par Fatima Zahra El Idrissi" }], ["Fatima Zahra El Idrissi"])).toEqual([
      { column: "subject", reason: "a known person's data", value: "Pétition déposée par Fatima Zahra El Idrissi" },
    ]);
  });
});
