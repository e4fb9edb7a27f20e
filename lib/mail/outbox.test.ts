// Retry timing of the outbox and the e-mails it carries (pure functions, no database).
import { describe, expect, it } from "vitest";
import { retryDelaySeconds } from "./outbox";
import { passwordResetEmail, verificationEmail } from "./templates";

describe("retryDelaySeconds", () => {
  it("waits one minute after the first failed attempt", () => {
    expect(retryDelaySeconds(1)).toBe(60);
  });

  it("doubles the wait after each further failure", () => {
    expect([1, 2, 3, 4, 5, 6].map(retryDelaySeconds)).toEqual([60, 120, 240, 480, 960, 1920]);
  });

  it("never waits more than an hour", () => {
    expect(retryDelaySeconds(7)).toBe(3600);
    expect(retryDelaySeconds(8)).toBe(3600);
    expect(retryDelaySeconds(50)).toBe(3600);
    expect(retryDelaySeconds(5000)).toBe(3600);
  });

  it("never returns less than a minute, even for nonsense attempt counts", () => {
    expect(retryDelaySeconds(0)).toBe(60);
    expect(retryDelaySeconds(-3)).toBe(60);
  });
});

describe("e-mail templates", () => {
  const url = "https://musharaka.example/verify-email?token=abc_DEF-123";

  it("writes the Arabic verification e-mail right-to-left, in Arabic", () => {
    const email = verificationEmail("ar-MA", "فاطمة", url);
    expect(email.html).toContain('dir="rtl"');
    expect(email.html).toContain('lang="ar"');
    expect(email.html).not.toContain('dir="ltr"');
    expect(email.subject).toMatch(/[\u0600-\u06FF]/);
    expect(email.text).toContain("فاطمة");
  });

  it("writes the French verification e-mail left-to-right, in French", () => {
    const email = verificationEmail("fr-MA", "Fatima", url);
    expect(email.html).toContain('dir="ltr"');
    expect(email.html).toContain('lang="fr"');
    expect(email.html).not.toContain('dir="rtl"');
    expect(email.subject).not.toMatch(/[\u0600-\u06FF]/);
    expect(email.text).toContain("Fatima");
  });

  it.each(["ar-MA", "fr-MA"] as const)("puts the link in both the text and the HTML part (%s)", (locale) => {
    for (const email of [verificationEmail(locale, "Fatima", url), passwordResetEmail(locale, "Fatima", url)]) {
      expect(email.text).toContain(url);
      expect(email.html).toContain(`href="${url}"`);
    }
  });

  it("escapes the ampersands of a link in HTML but not in the text part", () => {
    const withQuery = "https://musharaka.example/fr/verify-email?token=abc&x=1";
    const email = verificationEmail("fr-MA", "Fatima", withQuery);
    expect(email.text).toContain(withQuery);
    expect(email.html).toContain('href="https://musharaka.example/fr/verify-email?token=abc&amp;x=1"');
  });

  it.each(["ar-MA", "fr-MA"] as const)("escapes a name containing <script> in the HTML part (%s)", (locale) => {
    const name = `<script>alert("x")</script>`;
    for (const email of [verificationEmail(locale, name, url), passwordResetEmail(locale, name, url)]) {
      expect(email.html).not.toContain("<script");
      expect(email.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    }
  });

  it("says something different for a password reset than for a verification", () => {
    const verify = verificationEmail("ar-MA", "فاطمة", url);
    const reset = passwordResetEmail("ar-MA", "فاطمة", url);
    expect(reset.subject).not.toBe(verify.subject);
    expect(reset.text).not.toBe(verify.text);
  });
});
