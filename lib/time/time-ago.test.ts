import { describe, expect, it } from "vitest";
import { timeAgo, untilOrSince } from "./time-ago";

const now = new Date("2026-11-01T12:00:00Z");
const earlier = (ms: number) => new Date(now.getTime() - ms);

describe("timeAgo", () => {
  it("says how long ago in the largest whole unit", () => {
    expect(timeAgo(earlier(30_000), now)).toBe("just now");
    expect(timeAgo(earlier(5 * 60_000), now)).toBe("5 min ago");
    expect(timeAgo(earlier(3 * 3_600_000), now)).toBe("3 h ago");
    expect(timeAgo(earlier(26 * 3_600_000), now)).toBe("1 day ago");
    expect(timeAgo(earlier(72 * 3_600_000), now)).toBe("3 days ago");
  });

  it("says a deadline ahead as 'in …' and a past one as '… ago'", () => {
    expect(untilOrSince(new Date(now.getTime() + 90_000), now)).toBe("in 2 min");
    expect(untilOrSince(new Date(now.getTime() + 2 * 3_600_000), now)).toBe("in 2 h");
    expect(untilOrSince(earlier(10 * 60_000), now)).toBe("10 min ago");
  });
});
