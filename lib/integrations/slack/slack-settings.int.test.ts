// Settings → Integrations → Slack below the browser, with the real @slack/web-api against the sandbox: the channel
// picker's listing (every page, cached), "Use channel IDs" (SK11), the people to map members to, and mappings.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  deleteSlackUserMapping,
  saveSlackUserMapping,
  setGroupSlackChannel,
  setSlackGlobalChannel,
  setSlackUseChannelIds,
} from "@/db/queries/slack";
import { routingGroups } from "@/db/schema";
import { channelRegistry } from "@/lib/channels";
import { slackAdapter } from "@/lib/channels/slack";
import { dispatchNow } from "@/lib/notifications/delivery/dispatch";
import { newConversation } from "@/lib/notifications/testing/new-conversation";
import { withDemoWorkspace } from "@/test/demo";
import { connectSlackWithToken, mapSlackUsersByEmail } from "./connect";
import { DIRECTORY_CACHE_MS } from "./directory-cache";
import { type SlackSandbox, startSlackSandbox } from "./sandbox/server";
import { forgetSlackDirectory, slackSettingsOf } from "./settings";

const demo = withDemoWorkspace();
let sandbox: SlackSandbox;
const seeded = { channels: 0, users: 0 };

beforeAll(async () => {
  sandbox = await startSlackSandbox();
  seeded.channels = sandbox.workspace.channels.length;
  seeded.users = sandbox.workspace.users.length;
});
afterAll(() => sandbox.close());

beforeEach(async () => {
  const { db } = demo.conn;
  sandbox.workspace.channels.length = seeded.channels;
  sandbox.workspace.users.length = seeded.users;
  const { botToken, signingSecret } = sandbox.workspace;
  await connectSlackWithToken(db, demo.workspaceId, { botToken, signingSecret }, { apiUrl: sandbox.url });
  await setSlackUseChannelIds(db, demo.workspaceId, false);
  await setSlackGlobalChannel(db, demo.workspaceId, null);
  forgetSlackDirectory(demo.workspaceId);
  sandbox.calls.length = 0;
});

const settingsNow = () => slackSettingsOf(demo.conn.db, demo.workspaceId, { apiUrl: sandbox.url });
const callsOf = (method: string) => sandbox.calls.filter((c) => c === method).length;

function addChannels(n: number) {
  for (let i = 0; i < n; i++) {
    sandbox.workspace.channels.push({
      id: `C1BULK${i}`,
      name: `bulk-${String(i).padStart(3, "0")}`,
      isPrivate: false,
      isIm: false,
      isArchived: false,
      members: new Set([sandbox.workspace.botUserId]),
    });
  }
}

describe("the channel picker's listing", () => {
  it("walks every page of conversations.list (cursor), public channels and private ones the app is in", async () => {
    addChannels(450);
    sandbox.workspace.channels.push({
      id: "G1DEALS",
      name: "deals-team",
      isPrivate: true,
      isIm: false,
      isArchived: false,
      members: new Set([sandbox.workspace.botUserId]),
    });

    const { channels, channelsError } = await settingsNow();

    expect(channelsError).toBeNull();
    expect(callsOf("conversations.list")).toBe(3); // 200 + 200 + 55
    expect(channels).toHaveLength(4 + 450 + 1); // #sales #support #leads #general, the bulk, #deals-team
    const names = channels.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["sales", "general", "bulk-449", "deals-team"]));
    expect(names).not.toContain("private-deals"); // private, app not a member: Slack does not list it
    expect(names).not.toContain("old-campaign"); // archived
    expect(channels.find((c) => c.name === "deals-team")?.isPrivate).toBe(true);
  });

  it("is cached per workspace for a few minutes: a second view does not list again", async () => {
    await settingsNow();
    await settingsNow();
    expect(callsOf("conversations.list")).toBe(1);
    expect(callsOf("users.list")).toBe(1);
    expect(DIRECTORY_CACHE_MS).toBeLessThanOrEqual(10 * 60_000);
  });

  it("a listing Slack refuses is shown as its reason and not cached", async () => {
    sandbox.failNext("conversations.list", "missing_scope");
    expect((await settingsNow()).channelsError).toBe("missing_scope");
    expect((await settingsNow()).channels.map((c) => c.name)).toContain("sales");
  });
});

describe("SK11: Use channel IDs", () => {
  it("SK11: with Use channel IDs on, no channel is listed from Slack and a channel entered by id gets the group's post", async () => {
    const { db } = demo.conn;
    addChannels(450);
    await setSlackUseChannelIds(db, demo.workspaceId, true);

    const settings = await settingsNow();

    expect(settings.connection?.useChannelIds).toBe(true);
    expect(settings.channels).toEqual([]);
    expect(callsOf("conversations.list")).toBe(0);

    const [sales] = await db.select().from(routingGroups).where(eq(routingGroups.name, "Sales"));
    await setGroupSlackChannel(db, demo.workspaceId, sales.id, "C1BULK321");
    sandbox.workspace.messages.length = 0;
    const c = await newConversation(demo.conn, demo.workspaceId);
    const slack = slackAdapter({ apiUrl: sandbox.url });
    const registry = channelRegistry({
      publish: async () => ({ ok: true }),
      overrides: { slack_channel: slack, slack_dm: slack },
    });
    await dispatchNow(db, c.notifications.dueDeliveryIds, { registry });

    expect(sandbox.workspace.messages.filter((m) => m.channel === "C1BULK321")).toHaveLength(1);
  });

  it("SK11: turned off again, the picker lists Slack's channels", async () => {
    const { db } = demo.conn;
    await setSlackUseChannelIds(db, demo.workspaceId, true);
    await setSlackUseChannelIds(db, demo.workspaceId, false);
    expect((await settingsNow()).channels.map((c) => c.name)).toContain("sales");
  });
});

describe("user mapping", () => {
  it("the people to map to: every page of users.list, without bots and deactivated users", async () => {
    for (let i = 0; i < 230; i++) {
      sandbox.workspace.users.push({
        id: `U1P${i}`,
        name: `p${i}`,
        realName: `Person ${i}`,
        email: `p${i}@acme.test`,
      });
    }
    const { people, peopleError } = await settingsNow();
    expect(peopleError).toBeNull();
    expect(callsOf("users.list")).toBe(2);
    expect(people).toHaveLength(seeded.users + 230);
    expect(people.find((p) => p.id === "U0OLIVIA")).toMatchObject({ email: "olivia@partner.test" });
  });

  it("members are matched by email; a member mapped by hand keeps it on the next email match; the unmapped are listed", async () => {
    const { db } = demo.conn;
    await saveSlackUserMapping(db, demo.workspaceId, demo.ids.nadia, "U0OLIVIA", "manual");
    await deleteSlackUserMapping(db, demo.workspaceId, demo.ids.luca);
    // Luca's address is not in Slack any more: the email match finds nobody for him.
    const luca = sandbox.workspace.users.find((u) => u.id === "U0LUCA");
    if (!luca) throw new Error("sandbox user missing");
    const email = luca.email;
    luca.email = "gone@acme.test";
    try {
      await mapSlackUsersByEmail(db, demo.workspaceId, { apiUrl: sandbox.url });
    } finally {
      luca.email = email;
    }

    const { members } = await settingsNow();
    const byName = Object.fromEntries(members.map((m) => [m.email.split("@")[0], m]));
    expect(byName.nadia).toMatchObject({ slackUserId: "U0OLIVIA", source: "manual" });
    expect(byName.matteo).toMatchObject({ slackUserId: "U0MATTEO", source: "email" });
    expect(byName.luca).toMatchObject({ slackUserId: null, source: null });
  });
});
