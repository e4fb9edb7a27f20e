import "server-only";
import { headers } from "next/headers";

/** The client's address as seen by the first proxy in front of the app (or the socket). */
export async function clientIp(): Promise<string> {
  const list = await headers();
  return list.get("x-forwarded-for")?.split(",")[0]?.trim() || list.get("x-real-ip") || "unknown";
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
