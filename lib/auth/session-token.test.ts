import { afterEach, describe, expect, it, vi } from "vitest";

/** The session cookie's name and flags for a portal served at `publicUrl` (lib/env.ts reads the environment once, hence a fresh module). */
async function sessionCookieAt(publicUrl: string) {
  vi.resetModules();
  vi.stubEnv("PUBLIC_URL", publicUrl);
  vi.stubEnv("DATABASE_URL", "postgresql://unused@127.0.0.1/unused");
  vi.stubEnv("NEXTAUTH_SECRET", "s".repeat(32));
  const { sessionCookieName, sessionCookieOptions } = await import("./session-token");
  return { name: sessionCookieName(), options: sessionCookieOptions(60) };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the session cookie", () => {
  it("is Secure, with the __Secure- prefix, HttpOnly and SameSite=Lax when the portal is served over https", async () => {
    const cookie = await sessionCookieAt("https://musharaka.example.ma");
    expect(cookie.name).toBe("__Secure-musharaka.session");
    expect(cookie.options).toMatchObject({ secure: true, httpOnly: true, sameSite: "lax", path: "/" });
  });

  it("is HttpOnly and SameSite=Lax but not Secure on a plain-http demo (a browser would drop a Secure cookie there)", async () => {
    const cookie = await sessionCookieAt("http://localhost:3000");
    expect(cookie.name).toBe("musharaka.session");
    expect(cookie.options).toMatchObject({ secure: false, httpOnly: true, sameSite: "lax" });
  });
});
