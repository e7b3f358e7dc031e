// A teammate's notification center (RULES.md X4). Every query is scoped by workspace AND user: nobody
// reads or marks another teammate's notifications, even with a guessed id.
import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { notifications } from "../schema";

export const notificationFilters = ["all", "unread"] as const;
export type NotificationFilter = (typeof notificationFilters)[number];

const owned = (workspaceId: string, userId: string) =>
  and(eq(notifications.workspaceId, workspaceId), eq(notifications.userId, userId));

// Newest first; a long history is cut at `limit` (the page says so).
export async function listNotifications(
  db: Db,
  workspaceId: string,
  userId: string,
  options: { filter: NotificationFilter; limit?: number },
) {
  return db
    .select()
    .from(notifications)
    .where(
      and(owned(workspaceId, userId), options.filter === "unread" ? isNull(notifications.readAt) : undefined),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(options.limit ?? 100);
}

export async function countUnreadNotifications(db: Db, workspaceId: string, userId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(owned(workspaceId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

// Marks one read; returns the notification (for its conversation link), or undefined when it is not theirs.
export async function markNotificationRead(
  db: Db,
  workspaceId: string,
  userId: string,
  notificationId: string,
  now = new Date(),
) {
  const [row] = await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(owned(workspaceId, userId), eq(notifications.id, notificationId), isNull(notifications.readAt)),
    )
    .returning();
  if (row) return row;
  // Already read: still theirs, still opens its conversation.
  const [existing] = await db
    .select()
    .from(notifications)
    .where(and(owned(workspaceId, userId), eq(notifications.id, notificationId)));
  return existing;
}

// Returns how many were marked.
export async function markAllNotificationsRead(
  db: Db,
  workspaceId: string,
  userId: string,
  now = new Date(),
) {
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(owned(workspaceId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

// X4: the in-app delivery's row in the recipient's center; returns its id, which the realtime event carries.
// Once per delivery (X2): a retry of a delivery whose row was written returns the row already there.
export async function insertNotification(db: Db, row: typeof notifications.$inferInsert): Promise<string> {
  const [inserted] = await db
    .insert(notifications)
    .values(row)
    .onConflictDoNothing({ target: notifications.deliveryId })
    .returning({ id: notifications.id });
  if (inserted) return inserted.id;
  const [existing] = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(
      and(eq(notifications.workspaceId, row.workspaceId), eq(notifications.deliveryId, row.deliveryId ?? "")),
    );
  return existing.id;
}
