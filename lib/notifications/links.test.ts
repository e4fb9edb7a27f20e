import { beforeAll, describe, expect, it } from "vitest";
import { categoryOf, groupForDigest } from "./categories";

let links: typeof import("./links");
beforeAll(async () => {
  process.env.DATABASE_URL ??= "postgresql://unused";
  process.env.NEXTAUTH_SECRET ??= "unit-tests-secret-unit-tests-secret-unit";
  links = await import("./links");
});

const USER = "0b6a4f0e-5c1e-4c55-9a43-2f1d7c3a9e10";

describe("one-click unsubscribe links", () => {
  it("name one person and one category, and read back only when untouched", () => {
    const token = links.unsubscribeToken(USER, "forum");
    expect(links.readUnsubscribeToken(token)).toEqual({ userId: USER, category: "forum" });
    expect(links.readUnsubscribeToken(token.replace("forum", "petitions"))).toBeNull();
    expect(links.readUnsubscribeToken(token.replace(USER, "0b6a4f0e-5c1e-4c55-9a43-2f1d7c3a9e11"))).toBeNull();
    expect(links.readUnsubscribeToken(token.slice(0, -2))).toBeNull();
    expect(links.readUnsubscribeToken("")).toBeNull();
    expect(links.readUnsubscribeToken(links.unsubscribeToken(USER, "unknown"))).toBeNull();
  });

  it("point to the page in the recipient's language and to the one-click endpoint", () => {
    const urls = links.unsubscribeUrls("fr-MA", USER, "programme");
    expect(urls.page).toMatch(/^http:\/\/localhost:3000\/fr\/unsubscribe\?token=/);
    expect(urls.oneClick).toMatch(/^http:\/\/localhost:3000\/api\/unsubscribe\?token=/);
    expect(links.unsubscribeUrls("ar-MA", USER, "programme").page).toMatch(/^http:\/\/localhost:3000\/unsubscribe\?token=/);
  });

  it("end every notice e-mail with the preferences and the unsubscribe link, in text and in HTML", () => {
    const recipient = { id: USER, name: "Amina", email: "amina@example.org", locale: "fr-MA" };
    const { email, listUnsubscribe } = links.noticeEmailFor(recipient, "forum", {
      subject: "Sujet",
      text: "Corps",
      html: "<!doctype html><html><body><div>Corps</div></body></html>",
    });
    expect(listUnsubscribe).toContain("/api/unsubscribe?token=");
    expect(email.text).toContain("Ne plus recevoir ces courriels (un clic)");
    expect(email.text).toContain("/fr/account/notifications/preferences");
    expect(email.html).toMatch(/<a href="http:\/\/localhost:3000\/fr\/unsubscribe\?token=[^"]+">Ne plus recevoir ces courriels \(un clic\)<\/a><\/p><\/div><\/body><\/html>$/);
  });
});

describe("digests and categories", () => {
  it("a digest groups its notices by category, in the preferences page's order, each in the order it happened", () => {
    expect(
      groupForDigest([
        { kind: "forum.reply_posted", subject: "Reply 1" },
        { kind: "programme.progress_recorded", subject: "Progress A1-01" },
        { kind: "forum.status_changed", subject: "Status" },
        { kind: "programme.meeting_invited", subject: null },
      ]),
    ).toEqual([
      { category: "programme", subjects: ["Progress A1-01"] },
      { category: "forum", subjects: ["Reply 1", "Status"] },
    ]);
  });

  it("a notice's category is its kind's prefix", () => {
    expect(categoryOf("programme.progress_recorded")).toBe("programme");
    expect(categoryOf("petitions.filed")).toBe("petitions");
  });
});
