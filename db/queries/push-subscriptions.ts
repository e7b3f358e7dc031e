// Browsers' web push subscriptions, one row per endpoint, each query scoped to the workspace (and the user for
// a member's own rows).
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import { type PushSubscription, pushSubscriptions } from "../schema";

type Owner = { workspaceId: string; userId: string };

// The same browser subscribing again (new keys, another user signed in on it, or after being marked dead)
// takes the row over and makes it live again.
export async function savePushSubscription(
  db: Db,
  owner: Owner,
  subscription: {
    endpoint: string;
    p256dh: string;
    auth: string;
    device?: "desktop" | "mobile";
    label?: string | null;
  },
) {
  const { endpoint, device = "desktop", label = null, ...keys } = subscription;
  const values = { ...owner, ...keys, device, label, deadAt: null, deadReason: null };
  await db
    .insert(pushSubscriptions)
    .values({ ...values, endpoint })
    .onConflictDoUpdate({ target: pushSubscriptions.endpoint, set: values });
}

// Only the owner's own subscription: an endpoint is not a secret worth trusting for someone else's.
export async function removePushSubscription(db: Db, owner: Owner, endpoint: string): Promise<boolean> {
  const removed = await db
    .delete(pushSubscriptions)
    .where(
      and(
        eq(pushSubscriptions.endpoint, endpoint),
        eq(pushSubscriptions.workspaceId, owner.workspaceId),
        eq(pushSubscriptions.userId, owner.userId),
      ),
    )
    .returning({ id: pushSubscriptions.id });
  return removed.length > 0;
}

// `device`: only the phones (mobile_push) or only the desktops (web_push); unset: every live subscription.
export async function listLivePushSubscriptions(
  db: Db,
  owner: Owner,
  device?: PushSubscription["device"],
): Promise<PushSubscription[]> {
  return db
    .select()
    .from(pushSubscriptions)
    .where(
      and(
        eq(pushSubscriptions.workspaceId, owner.workspaceId),
        eq(pushSubscriptions.userId, owner.userId),
        isNull(pushSubscriptions.deadAt),
        device ? eq(pushSubscriptions.device, device) : undefined,
      ),
    );
}

// Settings → Notifications "Your devices": every subscription of the member, live or dead, newest first.
export async function listPushDevices(db: Db, owner: Owner) {
  return db
    .select({
      id: pushSubscriptions.id,
      device: pushSubscriptions.device,
      label: pushSubscriptions.label,
      deadAt: pushSubscriptions.deadAt,
      deadReason: pushSubscriptions.deadReason,
      createdAt: pushSubscriptions.createdAt,
    })
    .from(pushSubscriptions)
    .where(
      and(eq(pushSubscriptions.workspaceId, owner.workspaceId), eq(pushSubscriptions.userId, owner.userId)),
    )
    .orderBy(desc(pushSubscriptions.createdAt));
}

// "Remove" in that list: only the member's own device.
export async function removePushDevice(db: Db, owner: Owner, id: string): Promise<boolean> {
  const removed = await db
    .delete(pushSubscriptions)
    .where(
      and(
        eq(pushSubscriptions.id, id),
        eq(pushSubscriptions.workspaceId, owner.workspaceId),
        eq(pushSubscriptions.userId, owner.userId),
      ),
    )
    .returning({ id: pushSubscriptions.id });
  return removed.length > 0;
}

// A push service said this subscription is gone (404/410) or it is malformed: never sent to again.
export async function markPushSubscriptionDead(
  db: Db,
  workspaceId: string,
  endpoint: string,
  reason: string,
  at: Date,
) {
  await db
    .update(pushSubscriptions)
    .set({ deadAt: at, deadReason: reason })
    .where(
      and(
        eq(pushSubscriptions.workspaceId, workspaceId),
        eq(pushSubscriptions.endpoint, endpoint),
        isNull(pushSubscriptions.deadAt),
      ),
    );
}
