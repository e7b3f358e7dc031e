// Texts to visitors (FU5, FU8, FU9, X3): the Twilio messages sent and received, their statuses, opt-outs, and
// who a follow-up text is for.
import { and, asc, desc, eq, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import {
  deliveries,
  followUpSettings,
  type TextChannel,
  type TextMessageRow,
  textMessages,
  textOptOuts,
  visitors,
} from "../schema";

// Where a follow-up text reaches the visitor: the signed phone, else the one they gave in the widget ("Get the
// reply by text"); with the workspace's opt-out of that number, if any (FU9).
export async function findVisitorTextContact(db: Db, workspaceId: string, visitorId: string) {
  const [row] = await db
    .select({
      name: visitors.name,
      unverifiedName: visitors.unverifiedName,
      phone: sql<string | null>`coalesce(${visitors.phone}, ${visitors.unverifiedPhone})`,
      optedOutKeyword: textOptOuts.keyword,
      optedOutAt: textOptOuts.at,
    })
    .from(visitors)
    .leftJoin(
      textOptOuts,
      and(
        eq(textOptOuts.workspaceId, visitors.workspaceId),
        eq(textOptOuts.phone, sql`coalesce(${visitors.phone}, ${visitors.unverifiedPhone})`),
      ),
    )
    .where(and(eq(visitors.workspaceId, workspaceId), eq(visitors.id, visitorId)));
  return row;
}

// "Get the reply by text": the visitor's own claim (E.164), unverified; shown to agents and texted, never used to
// match an account.
export async function setVisitorContactPhone(db: Db, workspaceId: string, visitorId: string, phone: string) {
  await db
    .update(visitors)
    .set({ unverifiedPhone: phone })
    .where(and(eq(visitors.workspaceId, workspaceId), eq(visitors.id, visitorId)));
}

export async function findWhatsappTemplate(db: Db, workspaceId: string): Promise<string | null> {
  const [row] = await db
    .select({ sid: followUpSettings.whatsappContentSid })
    .from(followUpSettings)
    .where(eq(followUpSettings.workspaceId, workspaceId));
  return row?.sid ?? null;
}

export async function recordOutboundText(
  db: Db,
  row: {
    sid: string;
    workspaceId: string;
    channel: TextChannel;
    phone: string;
    visitorId: string;
    deliveryId: string;
    status: string;
  },
) {
  await db
    .insert(textMessages)
    .values({ ...row, direction: "outbound" })
    .onConflictDoNothing();
}

// The texts a follow-up delivery sent, oldest first: a WhatsApp message, then perhaps its SMS fallback (FU5).
export async function listTextsOfDelivery(db: Db, deliveryId: string): Promise<TextMessageRow[]> {
  return db
    .select()
    .from(textMessages)
    .where(eq(textMessages.deliveryId, deliveryId))
    .orderBy(asc(textMessages.createdAt));
}

export async function findTextBySid(db: Db, sid: string) {
  const [row] = await db.select().from(textMessages).where(eq(textMessages.sid, sid));
  return row;
}

// X3: a status replaces the stored one only if it is further along (compare-and-set on the status read, so two
// callbacks racing cannot move it backwards). Returns the row as it was when the status applied, else null.
export async function advanceTextStatus(
  db: Db,
  sid: string,
  next: { status: string; errorCode: number | null },
  rank: (status: string) => number,
  now: Date,
): Promise<TextMessageRow | null> {
  const current = await findTextBySid(db, sid);
  if (current?.direction !== "outbound") return null;
  if (rank(current.status) >= rank(next.status)) return null;
  const rows = await db
    .update(textMessages)
    .set({ status: next.status, errorCode: next.errorCode, updatedAt: now })
    .where(and(eq(textMessages.sid, sid), eq(textMessages.status, current.status)))
    .returning({ sid: textMessages.sid });
  return rows.length ? current : null;
}

// The delivery's log line follows its current text (X3): provider status, and the error with its meaning.
export async function setDeliveryTextStatus(
  db: Db,
  deliveryId: string,
  providerId: string,
  values: { providerStatus: string; failed: string | null },
  now: Date,
) {
  await db
    .update(deliveries)
    .set({
      providerStatus: values.providerStatus,
      ...(values.failed
        ? { status: "failed" as const, reason: "provider_error" as const, lastError: values.failed }
        : {}),
      updatedAt: now,
    })
    .where(and(eq(deliveries.id, deliveryId), eq(deliveries.providerId, providerId)));
}

// FU5: the WhatsApp text failed after it was sent, so the same delivery goes out again, this time by SMS. Only while
// the delivery still points at that WhatsApp message: a duplicate failure callback requeues nothing.
export async function requeueDeliveryForSms(
  db: Db,
  deliveryId: string,
  whatsappSid: string,
  lastError: string,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(deliveries)
    .set({
      status: "pending",
      providerStatus: "whatsapp failed",
      lastError,
      nextAttemptAt: now,
      leaseId: null,
      settledAt: null,
      updatedAt: now,
    })
    .where(
      and(
        eq(deliveries.id, deliveryId),
        or(
          and(eq(deliveries.providerId, whatsappSid), eq(deliveries.status, "delivered")),
          // The failure raced the send's own settle: taking the row back (lease cleared) makes that settle a
          // no-op (lib/notifications/delivery/settle.ts only settles a row its claim still holds).
          eq(deliveries.status, "sending"),
        ),
      ),
    )
    .returning({ id: deliveries.id });
  return rows.length > 0;
}

// FU8: inbound texts are recorded once by MessageSid (Twilio retries a webhook with the same sid).
export async function recordInboundText(
  db: Db,
  row: {
    sid: string;
    workspaceId: string;
    channel: TextChannel;
    phone: string;
    visitorId: string | null;
    keyword: string | null;
  },
): Promise<boolean> {
  const rows = await db
    .insert(textMessages)
    .values({ ...row, direction: "inbound", status: "received" })
    .onConflictDoNothing()
    .returning({ sid: textMessages.sid });
  return rows.length === 1;
}

// FU8: who an inbound text is from — the visitor the latest follow-up text to that number went to (the sender is
// shared by every workspace of this install), else a visitor who gave that number.
export async function findVisitorByPhone(db: Db, phone: string) {
  const [texted] = await db
    .select({ workspaceId: textMessages.workspaceId, visitorId: textMessages.visitorId })
    .from(textMessages)
    .where(and(eq(textMessages.phone, phone), eq(textMessages.direction, "outbound")))
    .orderBy(desc(textMessages.createdAt))
    .limit(1);
  if (texted?.visitorId) return { workspaceId: texted.workspaceId, visitorId: texted.visitorId };
  const [visitor] = await db
    .select({ workspaceId: visitors.workspaceId, visitorId: visitors.id })
    .from(visitors)
    .where(or(eq(visitors.phone, phone), eq(visitors.unverifiedPhone, phone)))
    .orderBy(desc(visitors.lastSeenAt))
    .limit(1);
  return visitor;
}

export async function optOutOfTexts(db: Db, workspaceId: string, phone: string, keyword: string, now: Date) {
  await db
    .insert(textOptOuts)
    .values({ workspaceId, phone, keyword, at: now })
    .onConflictDoUpdate({ target: [textOptOuts.workspaceId, textOptOuts.phone], set: { keyword, at: now } });
}

export async function optBackInToTexts(db: Db, workspaceId: string, phone: string) {
  await db
    .delete(textOptOuts)
    .where(and(eq(textOptOuts.workspaceId, workspaceId), eq(textOptOuts.phone, phone)));
}
