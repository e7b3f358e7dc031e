// LV3, LV4, IC2 and IC4 through the real pipeline: switching the workspace toggle, the member's own toggle or a
// preference off is a stored suppression with its reason in the outbox, after a real domain write.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { upsertAgentTab } from "@/db/queries/agent-tabs";
import {
  setUserNotificationFlag,
  setUserPreference,
  setWorkspaceSwitch,
} from "@/db/queries/notification-settings";
import { decisions, visitors } from "@/db/schema";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import { recordLeave, recordPageView } from "@/lib/widget/visits";
import { withDemoWorkspace } from "@/test/demo";

const demo = withDemoWorkspace();
const HOUR = 3_600_000;
let clock = Date.now();

// Jane (Globex, owned by Nadia) starts a new visit: she left, and comes back an hour later, so it is a new
// visit (LV7). Without the goodbye she would still be online, and an online visitor's visit goes on.
async function janeStartsAVisit() {
  const { conn, workspaceId } = demo;
  const [jane] = await conn.db.select().from(visitors).where(eq(visitors.email, "jane@globex.example"));
  await recordLeave(conn.db, { workspaceId, visitorId: jane.id }, new Date(clock));
  clock += HOUR;
  const view = await recordPageView(
    conn.db,
    { workspaceId, visitorId: jane.id },
    { url: "http://localhost/demo/pricing", title: "Pricing" },
    new Date(clock),
  );
  return conn.db
    .select()
    .from(decisions)
    .where(and(eq(decisions.workspaceId, workspaceId), eq(decisions.visitId, view.visitId)));
}

const toNadia = (rows: (typeof decisions.$inferSelect)[]) =>
  rows
    .filter((d) => d.recipientUserId === demo.ids.nadia)
    .map((d) => [d.rule, d.channel, d.outcome, d.reason]);

describe("suppressions recorded by the pipeline", () => {
  it("LV3: with the workspace's Live View Notifications off, the owner's decision is workspace_toggle_off", async () => {
    expect(toNadia(await janeStartsAVisit())).toContainEqual(["LV6", "in_app", "send", "sent"]);
    await setWorkspaceSwitch(demo.conn.db, demo.workspaceId, "liveViewNotifications", false);
    expect(toNadia(await janeStartsAVisit())).toEqual([
      ["LV3", "in_app", "suppress", "workspace_toggle_off"],
    ]);
    await setWorkspaceSwitch(demo.conn.db, demo.workspaceId, "liveViewNotifications", true);
  });

  it("LV4: with the owner's own toggle off, the decision is user_toggle_off", async () => {
    await setUserNotificationFlag(
      demo.conn.db,
      demo.workspaceId,
      demo.ids.nadia,
      "liveViewNotifications",
      false,
    );
    expect(toNadia(await janeStartsAVisit())).toEqual([["LV4", "in_app", "suppress", "user_toggle_off"]]);
    await setUserNotificationFlag(
      demo.conn.db,
      demo.workspaceId,
      demo.ids.nadia,
      "liveViewNotifications",
      true,
    );
  });

  it("IC2: a channel the assignee turned off is suppressed with preference_off; in-app still goes", async () => {
    const { conn, workspaceId, ids } = demo;
    for (const name of ["nadia", "luca", "matteo"]) {
      await setUserPreference(conn.db, workspaceId, ids[name], "me.web_push", false);
    }
    const [v] = await conn.db.insert(visitors).values({ workspaceId, name: "Pat" }).returning();
    const sent = await postVisitorMessage(conn.db, { workspaceId, visitorId: v.id, body: "Hi" });
    const rows = await conn.db
      .select()
      .from(decisions)
      .where(eq(decisions.eventId, sent.notifications.eventId));
    const assignee = rows.find((d) => d.rule === "IC1" && d.channel === "in_app" && d.outcome === "send");
    expect(assignee).toBeDefined();
    const forAssignee = rows.filter((d) => d.recipientUserId === assignee?.recipientUserId);
    expect(forAssignee.find((d) => d.channel === "web_push")).toMatchObject({
      outcome: "suppress",
      reason: "preference_off",
      rule: "IC2",
    });
  });

  it("IC4: a member active in the app gets in-app only; their external channels are active_in_app", async () => {
    const { conn, workspaceId, ids } = demo;
    const now = new Date();
    for (const name of ["nadia", "luca", "matteo"]) {
      await upsertAgentTab(conn.db, {
        workspaceId,
        userId: ids[name],
        tabId: `tab-${name}`,
        visible: true,
        focused: true,
        conversationId: null,
        page: null,
        lastInputAt: now,
        reportedAt: now,
      });
    }
    const [v] = await conn.db.insert(visitors).values({ workspaceId, name: "Kim" }).returning();
    const sent = await postVisitorMessage(conn.db, { workspaceId, visitorId: v.id, body: "Hello?" }, now);
    const rows = await conn.db
      .select()
      .from(decisions)
      .where(eq(decisions.eventId, sent.notifications.eventId));
    const assigneeId = rows.find((d) => d.rule === "IC1" && d.outcome === "send")?.recipientUserId;
    const theirs = rows.filter((d) => d.recipientUserId === assigneeId);
    expect(theirs.filter((d) => d.outcome === "send").map((d) => d.channel)).toEqual(["in_app"]);
    expect(theirs.find((d) => d.channel === "email")).toMatchObject({ rule: "IC4", reason: "active_in_app" });
  });
});
