// The snapshot's facts from their real tables, seen through the decisions they lead to: LV2 account owners,
// LV5 off_schedule, SL3 timer state.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { setAccountOwners } from "@/db/queries/account-people";
import { setAccountBasedRouting } from "@/db/queries/account-source-settings";
import { createAccount } from "@/db/queries/accounts";
import { saveSchedule } from "@/db/queries/availability";
import { decisions, visitors } from "@/db/schema";
import { recordPageView } from "@/lib/widget/visits";
import { withDemoWorkspace } from "@/test/demo";

const demo = withDemoWorkspace();

// A known visitor of a new company owned by `owners`, arriving on /demo.
async function knownVisitorArrives(domain: string, owners: string[], routing = true) {
  const { conn, workspaceId } = demo;
  const account = await createAccount(conn.db, workspaceId, {
    name: domain,
    domains: [domain],
    target: false,
  });
  await setAccountOwners(conn.db, workspaceId, account.id, owners);
  await setAccountBasedRouting(conn.db, workspaceId, routing);
  const [visitor] = await conn.db
    .insert(visitors)
    .values({ workspaceId, email: `pat@${domain}` })
    .returning();
  const view = await recordPageView(conn.db, { workspaceId, visitorId: visitor.id }, { url: "/demo" });
  return conn.db
    .select()
    .from(decisions)
    .where(and(eq(decisions.workspaceId, workspaceId), eq(decisions.visitId, view.visitId)));
}

describe("snapshot filling", () => {
  it("LV2: a known visitor arriving on /demo gives the account owner an in-app Live View", async () => {
    const { ids } = demo;
    const rows = await knownVisitorArrives("owned.example", [ids.nadia]);
    const inApp = rows.find((d) => d.recipientUserId === ids.nadia && d.channel === "in_app");
    expect(inApp).toMatchObject({ outcome: "send", reason: "sent" });
    expect(rows.filter((d) => d.recipientUserId === ids.luca)).toEqual([]);
  });

  it("LV2: with Account-Based Routing off, nobody hears of the visit", async () => {
    const { ids } = demo;
    const rows = await knownVisitorArrives("unrouted.example", [ids.nadia], false);
    expect(rows.filter((d) => d.outcome === "send")).toEqual([]);
  });

  it("LV5: an owner off their weekly schedule is suppressed with off_schedule", async () => {
    const { conn, workspaceId, ids } = demo;
    // A schedule enabled with no interval at all: off schedule at every hour.
    await saveSchedule(conn.db, workspaceId, ids.luca, {
      enabled: true,
      intervals: [],
      timeZone: "Europe/Rome",
    });
    const rows = await knownVisitorArrives("scheduled.example", [ids.luca]);
    const mine = rows.filter((d) => d.recipientUserId === ids.luca);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((d) => d.outcome === "suppress" && d.reason === "off_schedule")).toBe(true);
  });
});
