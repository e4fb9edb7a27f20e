import { describe, expect, it } from "vitest";
import { addressFrom } from "./request";

describe("the client's address", () => {
  it("is nginx's X-Real-IP when present", () => {
    expect(addressFrom("203.0.113.7", "1.2.3.4, 203.0.113.7")).toBe("203.0.113.7");
  });

  it("is otherwise the entry the nearest proxy appended, never the one a client wrote first", () => {
    // A client sends "X-Forwarded-For: 1.2.3.4"; nginx ($proxy_add_x_forwarded_for) appends the real address.
    expect(addressFrom(null, "1.2.3.4, 203.0.113.7")).toBe("203.0.113.7");
    expect(addressFrom(undefined, "198.51.100.9")).toBe("198.51.100.9");
  });

  it("is 'unknown' without either header", () => {
    expect(addressFrom(null, null)).toBe("unknown");
    expect(addressFrom("", "")).toBe("unknown");
  });
});
