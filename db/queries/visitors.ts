import { and, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { conversations, type Visitor, visitors } from "../schema";

export async function findVisitor(db: Db, workspaceId: string, visitorId: string) {
  const [v] = await db
    .select()
    .from(visitors)
    .where(and(eq(visitors.workspaceId, workspaceId), eq(visitors.id, visitorId)));
  return v;
}

// Whether the visitor's realtime channel is occupied (null: no webhook yet): the goodbye beacon's one read,
// on the hottest widget path (a beacon per navigation), so only the column it needs.
export async function findVisitorChannel(db: Db, workspaceId: string, visitorId: string) {
  const [v] = await db
    .select({ channelOccupied: visitors.channelOccupied })
    .from(visitors)
    .where(and(eq(visitors.workspaceId, workspaceId), eq(visitors.id, visitorId)));
  return v;
}

export async function insertVisitor(db: Db, workspaceId: string) {
  const [v] = await db.insert(visitors).values({ workspaceId }).returning();
  return v;
}

// Locks the visitor's row for the rest of the transaction, so two page views at once agree on one visit.
export async function lockVisitor(db: Db, workspaceId: string, visitorId: string) {
  const [v] = await db
    .select({ id: visitors.id })
    .from(visitors)
    .where(and(eq(visitors.workspaceId, workspaceId), eq(visitors.id, visitorId)))
    .for("update");
  return v;
}

export async function touchVisitor(db: Db, workspaceId: string, visitorId: string, at: Date) {
  await db
    .update(visitors)
    .set({ lastSeenAt: at })
    .where(and(eq(visitors.workspaceId, workspaceId), eq(visitors.id, visitorId)));
}

// What the site told us about the visitor (a signed identify): only the fields it gave are changed.
export type VisitorIdentityUpdate = Partial<
  Pick<Visitor, "email" | "phone" | "name" | "unverifiedEmail" | "unverifiedPhone" | "unverifiedName">
>;

export async function setVisitorIdentity(
  db: Db,
  workspaceId: string,
  visitorId: string,
  identity: VisitorIdentityUpdate,
) {
  const [v] = await db
    .update(visitors)
    .set(identity)
    .where(and(eq(visitors.workspaceId, workspaceId), eq(visitors.id, visitorId)))
    .returning();
  return v;
}

// The conversation the widget shows: the newest one, open or closed (an agent's reply reopens a closed one).
export async function findLatestConversationOfVisitor(db: Db, workspaceId: string, visitorId: string) {
  const [c] = await db
    .select()
    .from(conversations)
    .where(and(eq(conversations.workspaceId, workspaceId), eq(conversations.visitorId, visitorId)))
    .orderBy(desc(conversations.createdAt))
    .limit(1);
  return c;
}

// A channel-existence webhook's changes for visitors' realtime channels (lib/presence/visitor-connection.ts),
// in one statement for the whole webhook. A visitor is found by id alone: the channel name carries no
// workspace, and the webhook is signed. Each is applied only if newer than the last one applied, so a
// replayed or out-of-order webhook changes nothing; returns the visitors it was applied to.
export async function recordVisitorChannels(
  db: Db,
  changes: { visitorId: string; occupied: boolean }[],
  at: Date,
) {
  if (changes.length === 0) return [];
  const values = sql.join(
    changes.map((c) => sql`(${c.visitorId}::uuid, ${c.occupied}::boolean)`),
    sql`, `,
  );
  return db
    .update(visitors)
    .set({ channelOccupied: sql`change.occupied`, channelChangedAt: at })
    .from(sql`(values ${values}) as change(visitor_id, occupied)`)
    .where(
      and(
        eq(visitors.id, sql`change.visitor_id`),
        or(isNull(visitors.channelChangedAt), lt(visitors.channelChangedAt, at)),
      ),
    )
    .returning({
      visitorId: visitors.id,
      workspaceId: visitors.workspaceId,
      occupied: sql<boolean>`change.occupied`.mapWith(visitors.channelOccupied),
    });
}

// SK8 "Collect information": the phone the visitor typed in the widget's form, an unverified claim like the
// email of "Get the reply by email" (follow-ups.ts setVisitorContactEmail): shown to agents, never matched.
export async function setVisitorContactPhone(db: Db, workspaceId: string, visitorId: string, phone: string) {
  await db
    .update(visitors)
    .set({ unverifiedPhone: phone })
    .where(and(eq(visitors.workspaceId, workspaceId), eq(visitors.id, visitorId)));
}
