// Settings → Notifications reads and writes only the member's own row in their workspace; defaults vs choices.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection, Db } from "@/db/client";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { addMember } from "./members";
import {
  findNotificationSettings,
  setUserNotificationFlag,
  setUserPreference,
  setWorkspacePreferenceDefault,
  setWorkspaceSwitch,
} from "./notification-settings";
import { createWorkspace } from "./workspaces";

let conn: Connection;
let db: Db;
let acme: string;
let globex: string;
let ids: Record<string, string>;

beforeAll(async () => {
  conn = await createTestDb();
  db = conn.db;
  ({ workspaceId: acme, ids } = await seedDemoWorkspace(db));
  globex = (await createWorkspace(db, "Globex")).id;
  // Nadia works in both: a query on the user alone would mix Globex's choices into Acme's.
  await addMember(db, globex, ids.nadia, "agent");
});
afterAll(() => conn.close());

describe("notification settings queries", () => {
  it("LV3, LV4, X5: without rows every default holds", async () => {
    expect(await findNotificationSettings(db, acme, ids.luca)).toEqual({
      workspaceDefaults: {},
      workspaceLiveViewNotifications: true,
      workspaceShowsMessageText: true,
      userChoices: {},
      userLiveViewNotifications: true,
      sound: true,
    });
  });

  it("IC2: a user's choice is theirs, in that workspace only", async () => {
    await setUserPreference(db, acme, ids.nadia, "me.email", false);
    await setUserPreference(db, acme, ids.nadia, "team.email", true);
    expect((await findNotificationSettings(db, acme, ids.nadia)).userChoices).toEqual({
      "me.email": false,
      "team.email": true,
    });
    expect((await findNotificationSettings(db, globex, ids.nadia)).userChoices).toEqual({});
    expect((await findNotificationSettings(db, acme, ids.matteo)).userChoices).toEqual({});
  });

  it("IC2: resetting a choice removes it, so the workspace default shows through", async () => {
    await setUserPreference(db, acme, ids.nadia, "me.email", null);
    expect((await findNotificationSettings(db, acme, ids.nadia)).userChoices).toEqual({ "team.email": true });
  });

  it("IC2: workspace defaults are per workspace and sit beside the users' choices", async () => {
    await setWorkspacePreferenceDefault(db, acme, "team.slack_dm", true);
    await setWorkspacePreferenceDefault(db, acme, "me.web_push", false);
    await setWorkspacePreferenceDefault(db, acme, "me.web_push", null);
    const nadia = await findNotificationSettings(db, acme, ids.nadia);
    expect(nadia.workspaceDefaults).toEqual({ "team.slack_dm": true });
    expect(nadia.userChoices).toEqual({ "team.email": true });
    expect((await findNotificationSettings(db, globex, ids.nadia)).workspaceDefaults).toEqual({});
  });

  it("LV3, LV4: the toggles and sound are stored per workspace and user", async () => {
    await setWorkspaceSwitch(db, acme, "liveViewNotifications", false);
    await setUserNotificationFlag(db, acme, ids.nadia, "liveViewNotifications", false);
    await setUserNotificationFlag(db, acme, ids.nadia, "sound", false);
    const nadia = await findNotificationSettings(db, acme, ids.nadia);
    expect(nadia).toMatchObject({ workspaceLiveViewNotifications: false, userLiveViewNotifications: false });
    expect(nadia.sound).toBe(false);
    // Her choices survive a flag change.
    expect(nadia.userChoices).toEqual({ "team.email": true });
    const inGlobex = await findNotificationSettings(db, globex, ids.nadia);
    expect(inGlobex).toMatchObject({ workspaceLiveViewNotifications: true, sound: true });
    expect((await findNotificationSettings(db, acme, ids.luca)).userLiveViewNotifications).toBe(true);
  });
});
