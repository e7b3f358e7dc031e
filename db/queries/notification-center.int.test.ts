// The notification center (X4) shows and changes only the signed-in member's own rows in their workspace.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Connection, Db } from "@/db/client";
import { notifications } from "@/db/schema";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { addMember } from "./members";
import {
  countUnreadNotifications,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from "./notification-center";
import { createWorkspace } from "./workspaces";

let conn: Connection;
let db: Db;
let workspaceId: string;
let otherWorkspaceId: string;
let ids: Record<string, string>;

beforeAll(async () => {
  conn = await createTestDb();
  db = conn.db;
  ({ workspaceId, ids } = await seedDemoWorkspace(db));
  otherWorkspaceId = (await createWorkspace(db, "Globex")).id;
  // Nadia works in both: a filter on the user alone would leak Globex's rows into Acme's center.
  await addMember(db, otherWorkspaceId, ids.nadia, "agent");
});
afterAll(() => conn.close());

const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 9, minute));
const insert = async (values: {
  userId: string;
  workspaceId?: string;
  title: string;
  minute: number;
  read?: boolean;
}) =>
  (
    await db
      .insert(notifications)
      .values({
        workspaceId: values.workspaceId ?? workspaceId,
        userId: values.userId,
        type: "assistance.requested",
        title: values.title,
        createdAt: at(values.minute),
        readAt: values.read ? at(values.minute + 1) : null,
      })
      .returning()
  )[0];

const state = async () =>
  (await db.select().from(notifications)).map((n) => `${n.title}:${n.readAt ? "read" : "unread"}`).sort();

beforeEach(async () => {
  await db.delete(notifications);
});

describe("notification center", () => {
  it("lists the member's own notifications newest first, all or unread only", async () => {
    await insert({ userId: ids.nadia, title: "old", minute: 1, read: true });
    await insert({ userId: ids.nadia, title: "new", minute: 3 });
    await insert({ userId: ids.nadia, title: "middle", minute: 2 });
    await insert({ userId: ids.luca, title: "luca's", minute: 4 });
    await insert({ userId: ids.nadia, workspaceId: otherWorkspaceId, title: "globex", minute: 5 });

    const all = await listNotifications(db, workspaceId, ids.nadia, { filter: "all" });
    expect(all.map((n) => n.title)).toEqual(["new", "middle", "old"]);
    const unread = await listNotifications(db, workspaceId, ids.nadia, { filter: "unread" });
    expect(unread.map((n) => n.title)).toEqual(["new", "middle"]);
    expect(await countUnreadNotifications(db, workspaceId, ids.nadia)).toBe(2);
    expect(await countUnreadNotifications(db, otherWorkspaceId, ids.nadia)).toBe(1);
  });

  it("marks one read, and never another member's or another workspace's", async () => {
    const own = await insert({ userId: ids.nadia, title: "own", minute: 1 });
    const lucas = await insert({ userId: ids.luca, title: "luca's", minute: 2 });
    const globex = await insert({
      userId: ids.nadia,
      workspaceId: otherWorkspaceId,
      title: "globex",
      minute: 3,
    });

    expect(await markNotificationRead(db, workspaceId, ids.nadia, lucas.id)).toBeUndefined();
    expect(await markNotificationRead(db, workspaceId, ids.nadia, globex.id)).toBeUndefined();
    expect(await state()).toEqual(["globex:unread", "luca's:unread", "own:unread"]);

    const marked = await markNotificationRead(db, workspaceId, ids.nadia, own.id, at(10));
    expect(marked?.readAt).toEqual(at(10));
    // Marking it again keeps the first read time and still returns it (it opens its conversation).
    expect((await markNotificationRead(db, workspaceId, ids.nadia, own.id, at(20)))?.readAt).toEqual(at(10));
    expect(await state()).toEqual(["globex:unread", "luca's:unread", "own:read"]);
  });

  it("marks all of the member's unread read, leaving everyone else's alone", async () => {
    await insert({ userId: ids.nadia, title: "a", minute: 1 });
    await insert({ userId: ids.nadia, title: "b", minute: 2 });
    await insert({ userId: ids.luca, title: "luca's", minute: 3 });
    await insert({ userId: ids.nadia, workspaceId: otherWorkspaceId, title: "globex", minute: 4 });

    expect(await markAllNotificationsRead(db, workspaceId, ids.nadia)).toBe(2);
    expect(await state()).toEqual(["a:read", "b:read", "globex:unread", "luca's:unread"]);
    expect(await markAllNotificationsRead(db, workspaceId, ids.nadia)).toBe(0);
    const [globex] = await db.select().from(notifications).where(eq(notifications.title, "globex"));
    expect(globex.readAt).toBeNull();
  });
});
