import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

const from = (forwardedFor?: string) => ({
  headers: new Headers(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
});

// scripts/peer-address.cjs appends the socket address, so the right-most entry is who connected to Herald.
describe("clientIp", () => {
  it("takes the socket address by default, ignoring what the client wrote before it", () => {
    expect(clientIp(from("203.0.113.9"), 0)).toBe("203.0.113.9");
    expect(clientIp(from("1.2.3.4, 203.0.113.9"), 0)).toBe("203.0.113.9");
  });

  it("behind N trusted proxies takes the right-most entry they did not write", () => {
    // client forged 1.2.3.4; nginx saw 198.51.100.7 and appended it; the socket is nginx at 10.0.0.2
    expect(clientIp(from("1.2.3.4, 198.51.100.7, 10.0.0.2"), 1)).toBe("198.51.100.7");
    expect(clientIp(from("1.2.3.4, 198.51.100.7, 10.0.0.5, 10.0.0.2"), 2)).toBe("198.51.100.7");
  });

  it("never goes left of the first entry, and is null without a header", () => {
    expect(clientIp(from("198.51.100.7"), 3)).toBe("198.51.100.7");
    expect(clientIp(from(), 0)).toBeNull();
    expect(clientIp(from(" , "), 0)).toBeNull();
  });
});
