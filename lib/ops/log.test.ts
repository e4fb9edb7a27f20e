import { describe, expect, it } from "vitest";
import { acceptableRequestId, createLogger, newRequestId } from "./log";

describe("request ids", () => {
  it("accepts the ids the portal and common proxies generate", () => {
    expect(acceptableRequestId(newRequestId())).toBe(true);
    expect(acceptableRequestId("a1b2c3d4e5f6")).toBe(true);
  });

  it("refuses ids that could forge or bloat a log line", () => {
    expect(acceptableRequestId('x"}\n{"level":60')).toBe(false);
    expect(acceptableRequestId("short")).toBe(false);
    expect(acceptableRequestId("a".repeat(65))).toBe(false);
    expect(acceptableRequestId(null)).toBe(false);
  });
});

describe("log lines", () => {
  it("are JSON with the request id, and censor personal fields that slip in", () => {
    const lines: string[] = [];
    const log = createLogger({ write: (line: string) => void lines.push(line) });
    log.child({ requestId: "req-12345678" }).info({ email: "fatima@example.ma", user: { cin: "ZY100001", phone: "0600000000" }, count: 3 }, "signed");
    const line = JSON.parse(lines.join(""));
    expect(line).toMatchObject({ requestId: "req-12345678", msg: "signed", count: 3, email: "[redacted]", user: { cin: "[redacted]", phone: "[redacted]" } });
    expect(lines.join("")).not.toContain("fatima@example.ma");
    expect(lines.join("")).not.toContain("ZY100001");
  });
});
