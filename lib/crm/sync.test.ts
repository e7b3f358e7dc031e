// The sync's pure decisions: which kind a sync really is, how the cursor moves, and when a running sync counts
// as dead (its claim may be taken over, and the page stops showing its progress).
import { describe, expect, it } from "vitest";
import type { CrmConnection } from "@/db/schema";
import { nextCursor, syncKindFor } from "./sync";
import { crmConnectionView } from "./view";

describe("syncKindFor", () => {
  it("an incremental sync without cursors from a completed sync is a full sweep", () => {
    expect(syncKindFor({ accountsCursor: null, contactsCursor: null }, "incremental")).toBe("full");
    expect(syncKindFor({ accountsCursor: "5", contactsCursor: null }, "incremental")).toBe("full");
    expect(syncKindFor({ accountsCursor: "5", contactsCursor: "6" }, "incremental")).toBe("incremental");
    expect(syncKindFor({ accountsCursor: "5", contactsCursor: "6" }, "full")).toBe("full");
  });
});

describe("nextCursor", () => {
  it("moves to the greatest last-modified time seen, never backwards", () => {
    expect(nextCursor(null, 1000)).toBe("1000");
    expect(nextCursor("1000", 2000)).toBe("2000");
    expect(nextCursor("3000", 2000)).toBe("3000");
    expect(nextCursor("3000", null)).toBe("3000");
  });
});

describe("crmConnectionView", () => {
  const now = new Date("2026-12-01T12:00:00Z");
  const base = {
    id: "c1",
    provider: "hubspot",
    status: "connected",
    accountBasedRouting: true,
    accessTokenEncrypted: "v1.secret",
    refreshTokenEncrypted: "v1.refresh",
    syncStartedAt: new Date("2026-12-01T11:59:00Z"),
    syncStage: "Accounts",
    syncDone: 200,
    syncTotal: 1000,
    syncKind: "full",
    lastSyncResult: null,
    lastFullSweepAt: null,
  } as unknown as CrmConnection;

  it("shows a sync whose worker reported recently, and never a token", () => {
    const view = crmConnectionView({ ...base, syncHeartbeatAt: new Date("2026-12-01T11:59:50Z") }, now);
    expect(view.running).toMatchObject({ stage: "Accounts", done: 200, total: 1000 });
    expect(JSON.stringify(view)).not.toContain("v1.");
  });

  it("hides a sync whose worker went silent for two minutes (it died)", () => {
    const view = crmConnectionView({ ...base, syncHeartbeatAt: new Date("2026-12-01T11:57:30Z") }, now);
    expect(view.running).toBeNull();
  });
});
