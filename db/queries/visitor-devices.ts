// Visitor mobile push (FU3): the devices a customer's app registered, their receipts, and what the follow-up
// ladder reads from them. Every query is scoped to the workspace.
import { and, eq, gt, inArray, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "../client";
import {
  type DecisionRow,
  decisions,
  deliveries,
  type MobilePushProviderName,
  pushReceipts,
  type VisitorDevice,
  visitorDevices,
} from "../schema";

export interface DeviceRegistration {
  workspaceId: string;
  visitorId: string;
  provider: MobilePushProviderName;
  token: string;
  appId: string;
  environment: "production" | "development";
}

// The same token registered again (the app reinstalled, another visitor signed in on the phone, a token once
// marked dead) takes the row over and makes it live again.
export async function registerVisitorDevice(
  db: Db,
  d: DeviceRegistration,
  now: Date,
): Promise<VisitorDevice> {
  const { workspaceId, provider, token, ...rest } = d;
  const values = { ...rest, deadAt: null, deadReason: null, updatedAt: now };
  const [row] = await db
    .insert(visitorDevices)
    .values({ workspaceId, provider, token, ...values })
    .onConflictDoUpdate({
      target: [visitorDevices.workspaceId, visitorDevices.provider, visitorDevices.token],
      set: values,
    })
    .returning();
  return row;
}

// Only the visitor's own device: a token is not proof of anything for someone else's.
export async function removeVisitorDevice(
  db: Db,
  d: Pick<DeviceRegistration, "workspaceId" | "visitorId" | "provider" | "token">,
): Promise<boolean> {
  const removed = await db
    .delete(visitorDevices)
    .where(
      and(
        eq(visitorDevices.workspaceId, d.workspaceId),
        eq(visitorDevices.visitorId, d.visitorId),
        eq(visitorDevices.provider, d.provider),
        eq(visitorDevices.token, d.token),
      ),
    )
    .returning({ id: visitorDevices.id });
  return removed.length > 0;
}

const live = (workspaceId: string, visitorId: string) =>
  and(
    eq(visitorDevices.workspaceId, workspaceId),
    eq(visitorDevices.visitorId, visitorId),
    isNull(visitorDevices.deadAt),
  );

export const listLiveVisitorDevices = (db: Db, workspaceId: string, visitorId: string) =>
  db.select().from(visitorDevices).where(live(workspaceId, visitorId));

export async function hasLiveVisitorDevice(db: Db, workspaceId: string, visitorId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: visitorDevices.id })
    .from(visitorDevices)
    .where(live(workspaceId, visitorId))
    .limit(1);
  return Boolean(row);
}

export async function findVisitorDeviceByToken(db: Db, workspaceId: string, token: string) {
  const [row] = await db
    .select()
    .from(visitorDevices)
    .where(and(eq(visitorDevices.workspaceId, workspaceId), eq(visitorDevices.token, token)));
  return row;
}

// UNREGISTERED / 410 / BadDeviceToken: never sent to again.
export async function markVisitorDeviceDead(
  db: Db,
  workspaceId: string,
  id: string,
  reason: string,
  at: Date,
) {
  await db
    .update(visitorDevices)
    .set({ deadAt: at, deadReason: reason, updatedAt: at })
    .where(and(eq(visitorDevices.workspaceId, workspaceId), eq(visitorDevices.id, id)));
}

// The app acknowledges one push delivery. Only a mobile push delivery to this very visitor counts; a second
// acknowledgement of the same push changes nothing. "unknown": no such delivery for this visitor.
export async function recordPushReceipt(
  db: Db,
  r: { workspaceId: string; visitorId: string; deliveryId: string },
  now: Date,
): Promise<"recorded" | "unknown"> {
  const [delivery] = await db
    .select({ id: deliveries.id })
    .from(deliveries)
    .innerJoin(decisions, eq(decisions.id, deliveries.decisionId))
    .where(
      and(
        eq(deliveries.id, r.deliveryId),
        eq(deliveries.workspaceId, r.workspaceId),
        eq(deliveries.channel, "mobile_push"),
        eq(decisions.recipientVisitorId, r.visitorId),
      ),
    );
  if (!delivery) return "unknown";
  await db
    .insert(pushReceipts)
    .values({ ...r, receivedAt: now })
    .onConflictDoNothing();
  await db
    .update(deliveries)
    .set({ providerStatus: "received", updatedAt: now })
    .where(eq(deliveries.id, r.deliveryId));
  return "recorded";
}

// FU3: the receipt of the push planned by the same event for the same visitor, if the app sent one.
export async function pushReceiptAtFor(db: Db, decision: DecisionRow): Promise<Date | null> {
  if (!decision.recipientVisitorId) return null;
  const [row] = await db
    .select({ at: sql<string | null>`min(${pushReceipts.receivedAt})` })
    .from(pushReceipts)
    .innerJoin(deliveries, eq(deliveries.id, pushReceipts.deliveryId))
    .innerJoin(decisions, eq(decisions.id, deliveries.decisionId))
    .where(
      and(
        eq(pushReceipts.workspaceId, decision.workspaceId),
        eq(decisions.eventId, decision.eventId),
        eq(decisions.recipientVisitorId, decision.recipientVisitorId),
      ),
    );
  return row?.at ? new Date(row.at) : null;
}

// FU3: a push that reached no device leaves nothing to wait for: the same event's waiting steps to the visitor
// (FU4's email and text) become due now. Returns their delivery ids.
export async function bringForwardFollowUpSteps(db: Db, push: DecisionRow, now: Date): Promise<string[]> {
  if (!push.recipientVisitorId) return [];
  const waiting = db
    .select({ id: decisions.id })
    .from(decisions)
    .where(
      and(
        eq(decisions.workspaceId, push.workspaceId),
        eq(decisions.eventId, push.eventId),
        eq(decisions.recipientVisitorId, push.recipientVisitorId),
        ne(decisions.channel, "mobile_push"),
      ),
    );
  const rows = await db
    .update(deliveries)
    .set({ nextAttemptAt: now, updatedAt: now })
    .where(
      and(
        inArray(deliveries.decisionId, waiting),
        eq(deliveries.status, "pending"),
        gt(deliveries.nextAttemptAt, now),
      ),
    )
    .returning({ id: deliveries.id });
  return rows.map((r) => r.id);
}
