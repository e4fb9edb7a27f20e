import "server-only";
import { headers } from "next/headers";

/**
 * The client's address as the reverse proxy in front of the app saw it: nginx's X-Real-IP
 * ($remote_addr, which a client cannot set), else the last X-Forwarded-For entry (the one the
 * nearest proxy appended). Never the first entry: a client writes whatever it likes there, and the
 * per-address limits (sign-in, registration, requests) would be bypassed.
 */
export function addressFrom(realIp: string | null | undefined, forwardedFor: string | null | undefined): string {
  return realIp?.trim() || forwardedFor?.split(",").at(-1)?.trim() || "unknown";
}

export async function clientIp(): Promise<string> {
  const list = await headers();
  return addressFrom(list.get("x-real-ip"), list.get("x-forwarded-for"));
}

/** The id proxy.ts gave the current request; null outside a request (scripts, background work). */
export async function currentRequestId(): Promise<string | null> {
  try {
    return (await headers()).get("x-request-id");
  } catch {
    return null;
  }
}

/** Only paths on this site: refuses "//evil.example", "https://…" and backslash tricks. */
export function safeInternalPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  return value;
}
