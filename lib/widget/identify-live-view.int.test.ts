// LV1 when the site's identify call reaches the server after the visit's first page view: the visitor looked
// anonymous then, so the account owner is alerted on identify, once per visit (LV7).
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { setAccountOwners } from "@/db/queries/account-people";
import { setAccountBasedRouting } from "@/db/queries/account-source-settings";
import { createAccount } from "@/db/queries/accounts";
import { decisions, visitors } from "@/db/schema";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { identifyVisitor } from "./identify";
import { identitySecretOf, identitySignatureV2 } from "./identity";
import { recordPageView } from "./visits";

let conn: Connection;
let workspaceId: string;
let ids: Record<string, string>;
beforeAll(async () => {
  conn = await createTestDb();
  ({ workspaceId, ids } = await seedDemoWorkspace(conn.db));
  const account = await createAccount(conn.db, workspaceId, {
    name: "Late",
    domains: ["late.example"],
    target: false,
  });
  await setAccountOwners(conn.db, workspaceId, account.id, [ids.nadia]);
  await setAccountBasedRouting(conn.db, workspaceId, true);
});
afterAll(() => conn.close());

const liveViewsFor = (visitId: string, userId: string) =>
  conn.db
    .select()
    .from(decisions)
    .where(
      and(
        eq(decisions.workspaceId, workspaceId),
        eq(decisions.visitId, visitId),
        eq(decisions.recipientUserId, userId),
        eq(decisions.channel, "in_app"),
      ),
    );

async function identify(visitorId: string, email: string) {
  const claim = { email, issuedAt: Math.floor(Date.now() / 1000) };
  const signature = identitySignatureV2(await identitySecretOf(conn.db, workspaceId), claim);
  return identifyVisitor(conn.db, { workspaceId, visitorId }, { ...claim, signature });
}

describe("identify after the first page view", () => {
  it("LV1: alerts the account owner once the visitor is known", async () => {
    const [visitor] = await conn.db.insert(visitors).values({ workspaceId }).returning();
    const view = await recordPageView(conn.db, { workspaceId, visitorId: visitor.id }, { url: "/pricing" });
    expect(await liveViewsFor(view.visitId, ids.nadia)).toEqual([]);

    const identified = await identify(visitor.id, "kim@late.example");
    expect(identified.notifications?.dueDeliveryIds.length).toBeGreaterThan(0);
    expect(await liveViewsFor(view.visitId, ids.nadia)).toEqual([
      expect.objectContaining({ outcome: "send", reason: "sent" }),
    ]);
  });

  it("LV7: a visitor already known at the first page view is not alerted a second time on identify", async () => {
    const [visitor] = await conn.db
      .insert(visitors)
      .values({ workspaceId, email: "lee@late.example" })
      .returning();
    const view = await recordPageView(conn.db, { workspaceId, visitorId: visitor.id }, { url: "/" });
    await identify(visitor.id, "lee@other-address.example");
    await identify(visitor.id, "lee@late.example");
    const sent = (await liveViewsFor(view.visitId, ids.nadia)).filter((d) => d.outcome === "send");
    expect(sent).toHaveLength(1);
  });
});
