// Retention settings: defaults, a workspace's own days, the form's errors naming the field, the summary's words.
import { describe, expect, it } from "vitest";
import type { RetentionSettings } from "@/db/schema";
import { defaultRetentionDays, retentionDays, retentionFormSchema } from "./policy";
import { retentionSummary } from "./summary";

describe("retention settings", () => {
  it("uses the issue's defaults until a workspace saves its own", () => {
    expect(retentionDays(null)).toEqual({ pageViews: 30, visitors: 90, decisions: 180, notifications: 180 });
    const saved = {
      pageViewDays: 7,
      visitorDays: null,
      decisionDays: 365,
      notificationDays: null,
    } as RetentionSettings;
    expect(retentionDays(saved)).toEqual({ ...defaultRetentionDays, pageViews: 7, decisions: 365 });
  });

  it("refuses days that are not whole, positive and at most ten years, naming the field", () => {
    const ok = { pageViews: "30", visitors: "90", decisions: "180", notifications: "180" };
    expect(retentionFormSchema.parse(ok)).toEqual({
      pageViews: 30,
      visitors: 90,
      decisions: 180,
      notifications: 180,
    });
    for (const [field, value] of [
      ["pageViews", "0"],
      ["visitors", "1.5"],
      ["decisions", "abc"],
      ["notifications", "4000"],
    ] as const) {
      const result = retentionFormSchema.safeParse({ ...ok, [field]: value });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0].path).toEqual([field]);
    }
  });

  it("summarises the last run in words", () => {
    expect(retentionSummary({ pageViews: 1200, visitors: 1, decisions: 0 })).toBe(
      "deleted 1,200 page views, 1 visitor with no conversation",
    );
    expect(retentionSummary({})).toBe("nothing was old enough to delete");
  });
});
