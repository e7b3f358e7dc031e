import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit";

describe("rate limiter", () => {
  it("allows the limit at once, then refuses with the seconds until the next call is allowed", () => {
    const limiter = new RateLimiter(3, 60_000);
    const t = 1_000_000;
    expect([1, 2, 3].map(() => limiter.take("v", t).ok)).toEqual([true, true, true]);
    expect(limiter.take("v", t)).toEqual({ ok: false, retryAfterSeconds: 20 });
  });

  it("refills continuously: one call per window/limit", () => {
    const limiter = new RateLimiter(2, 60_000);
    const t = 5_000_000;
    limiter.take("v", t);
    limiter.take("v", t);
    expect(limiter.take("v", t + 29_000).ok).toBe(false);
    expect(limiter.take("v", t + 30_000).ok).toBe(true);
    expect(limiter.take("v", t + 30_001).ok).toBe(false);
  });

  it("counts each key on its own", () => {
    const limiter = new RateLimiter(1, 60_000);
    expect(limiter.take("a", 0).ok).toBe(true);
    expect(limiter.take("b", 0).ok).toBe(true);
    expect(limiter.take("a", 0).ok).toBe(false);
  });

  it("a client hammering is refused until its next call is due", () => {
    const limiter = new RateLimiter(1, 1_000);
    limiter.take("v", 0);
    for (let t = 100; t < 900; t += 100) expect(limiter.take("v", t).ok).toBe(false);
    expect(limiter.take("v", 1_000).ok).toBe(true);
  });

  it("forgets refilled buckets, so memory does not grow with every visitor seen", () => {
    const limiter = new RateLimiter(10, 1_000);
    for (let i = 0; i < 100; i++) limiter.take(`v${i}`, 0);
    expect(limiter.size).toBe(100);
    limiter.take("late", 5_000);
    expect(limiter.size).toBe(1);
  });
});
