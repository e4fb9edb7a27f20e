import { describe, expect, it } from "vitest";
import { publicationDueOn, publishRefusal } from "./rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("publicationDueOn", () => {
  it("gives council decisions 8 days from the session's last day (OL 113.14 art. 273)", () => {
    expect(publicationDueOn({ kind: "COUNCIL_DECISIONS", sessionEndedOn: day("2026-10-09") })).toEqual(day("2026-10-17"));
    // across a month and a year end
    expect(publicationDueOn({ kind: "COUNCIL_DECISIONS", sessionEndedOn: day("2026-12-28") })).toEqual(day("2027-01-05"));
  });

  it("wants the budget statements during the month after the visa: by 31 January of the budget's year (art. 275)", () => {
    expect(publicationDueOn({ kind: "BUDGET_STATEMENTS", year: 2027 })).toEqual(day("2027-01-31"));
  });

  it("wants the evaluation summary in the library the day it is published on the portal (decree 2.16.301 art. 15)", () => {
    expect(publicationDueOn({ kind: "EVALUATION_SUMMARY", summaryPublishedOn: new Date("2026-03-04T15:20:00Z") })).toEqual(day("2026-03-04"));
  });
});

describe("publishRefusal", () => {
  it("needs the personal-data check and refuses a second publication", () => {
    expect(publishRefusal("DRAFT", false)).toBe("privacyCheckRequired");
    expect(publishRefusal("PUBLISHED", true)).toBe("alreadyPublished");
    expect(publishRefusal("UNPUBLISHED", true)).toBeNull();
  });
});
