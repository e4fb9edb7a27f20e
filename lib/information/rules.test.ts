import { describe, expect, it } from "vitest";
import { isoDay, parseIsoDay, workingCalendar } from "@/lib/calendar/working-days";
import { answerDueOn, canComplainToPresident, complaintRefusal, complaintTimeline, extendedDueOn, extensionRefusal, refusalProblems } from "./rules";

const calendar = workingCalendar([parseIsoDay("2027-03-10"), parseIsoDay("2027-03-11")]);
const d = parseIsoDay;

describe("answer deadline (law 31.13 arts. 16–17)", () => {
  it("is 20 working days after receipt", () => {
    expect(isoDay(answerDueOn(calendar, d("2027-03-01"), false))).toBe("2027-03-31");
  });

  it("is 3 days after receipt for an urgent request, weekend included", () => {
    // received Thursday → due Sunday: life and safety do not wait for Monday
    expect(isoDay(answerDueOn(calendar, d("2026-10-08"), true))).toBe("2026-10-11");
  });

  it("is extended once by a similar period counted from the first deadline", () => {
    // 31 March 2027 + 20 working days (no holiday in April 2027) → 28 April
    expect(isoDay(extendedDueOn(calendar, d("2027-03-31"), false))).toBe("2027-04-28");
    expect(isoDay(extendedDueOn(calendar, d("2026-10-11"), true))).toBe("2026-10-14");
  });
});

describe("extension (art. 16 para. 2)", () => {
  const request = { firstDueOn: d("2027-03-31"), extendedAt: null, answeredAt: null };

  it("is allowed up to and including the first deadline", () => {
    expect(extensionRefusal(request, d("2027-03-15"))).toBeNull();
    expect(extensionRefusal(request, d("2027-03-31"))).toBeNull();
  });

  it("is refused after the first deadline: the requester must be told in advance", () => {
    expect(extensionRefusal(request, d("2027-04-01"))).toBe("firstDeadlinePassed");
  });

  it("is refused a second time and once the request is answered", () => {
    expect(extensionRefusal({ ...request, extendedAt: d("2027-03-20") }, d("2027-03-21"))).toBe("alreadyExtended");
    expect(extensionRefusal({ ...request, answeredAt: d("2027-03-20") }, d("2027-03-21"))).toBe("alreadyAnswered");
  });
});

describe("complaint chain (arts. 19–21)", () => {
  it("counts from the answer when there is one", () => {
    const timeline = complaintTimeline(calendar, { answerDueOn: d("2027-03-31"), answeredOn: d("2027-03-05") });
    // 5 March + 20 working days, Eid on 10–11 March → 6 April
    expect(isoDay(timeline.presidentComplaintBy)).toBe("2027-04-06");
    expect(isoDay(timeline.presidentDecisionBy)).toBe("2027-04-21");
    expect(isoDay(timeline.cdaiComplaintBy)).toBe("2027-05-21");
    expect(isoDay(timeline.cdaiDecisionBy)).toBe("2027-06-20");
    expect(isoDay(timeline.courtAppealBy)).toBe("2027-08-19");
  });

  it("counts from the deadline when the commune did not answer, and from each actual event when it happened", () => {
    const silent = complaintTimeline(calendar, { answerDueOn: d("2026-12-18"), answeredOn: null });
    expect(isoDay(silent.presidentComplaintBy)).toBe("2027-01-20");
    const filed = complaintTimeline(calendar, {
      answerDueOn: d("2026-12-18"),
      answeredOn: null,
      presidentComplaintOn: d("2027-01-04"),
      presidentDecidedOn: d("2027-01-12"),
    });
    expect(isoDay(filed.presidentDecisionBy)).toBe("2027-01-19");
    expect(isoDay(filed.cdaiComplaintBy)).toBe("2027-02-11");
  });

  it("admits a complaint to the president up to its last day", () => {
    const timeline = complaintTimeline(calendar, { answerDueOn: d("2027-03-31"), answeredOn: d("2027-03-05") });
    expect(canComplainToPresident(timeline, d("2027-04-06"))).toBe(true);
    expect(canComplainToPresident(timeline, d("2027-04-07"))).toBe(false);
  });
});

describe("refusal (art. 18)", () => {
  const base = { exceptions: [], reasons: "Le document n'existe pas.", publishedReference: "" };

  it("must be reasoned", () => {
    expect(refusalProblems({ ...base, ground: "NOT_AVAILABLE", reasons: " " })).toEqual(["reasonsRequired"]);
    expect(refusalProblems({ ...base, ground: "NOT_AVAILABLE" })).toEqual([]);
  });

  it("names the art. 7 exception when that is the ground", () => {
    expect(refusalProblems({ ...base, ground: "EXCEPTION" })).toEqual(["exceptionRequired"]);
    expect(refusalProblems({ ...base, ground: "EXCEPTION", exceptions: ["PRIVATE_LIFE"] })).toEqual([]);
  });

  it("gives the reference of information already published", () => {
    expect(refusalProblems({ ...base, ground: "ALREADY_PUBLISHED" })).toEqual(["referenceRequired"]);
    expect(refusalProblems({ ...base, ground: "ALREADY_PUBLISHED", publishedReference: "/information/documents/12" })).toEqual([]);
  });
});

describe("complaint to the president (art. 19)", () => {
  const request = { firstDueOn: d("2027-03-31"), extendedDueOn: null, answeredOn: null, complaintFiledOn: null };

  it("opens when the deadline passes without an answer, not before", () => {
    expect(complaintRefusal(calendar, request, d("2027-03-31"))).toBe("notYetOpen");
    expect(complaintRefusal(calendar, request, d("2027-04-01"))).toBeNull();
  });

  it("opens with the answer and closes after 20 working days", () => {
    const answered = { ...request, answeredOn: d("2027-03-05") };
    expect(complaintRefusal(calendar, answered, d("2027-03-05"))).toBeNull();
    expect(complaintRefusal(calendar, answered, d("2027-04-06"))).toBeNull();
    expect(complaintRefusal(calendar, answered, d("2027-04-07"))).toBe("complaintPeriodOver");
  });

  it("is filed once", () => {
    expect(complaintRefusal(calendar, { ...request, answeredOn: d("2027-03-05"), complaintFiledOn: d("2027-03-08") }, d("2027-03-09"))).toBe("alreadyComplained");
  });
});

describe("archiveRefusal", () => {
  it("archives only answered requests, once the officer confirmed the personal-data check (art. 7; law 09-08)", async () => {
    const { archiveRefusal } = await import("./rules");
    expect(archiveRefusal(null, true)).toBe("notAnswered");
    expect(archiveRefusal("PARTIAL", false)).toBe("privacyCheckRequired");
    expect(archiveRefusal("REFUSED", true)).toBeNull();
  });
});
