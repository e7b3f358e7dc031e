// Visits and page views: what the widget's loader reports (lib/widget/visits.ts decides, these write).
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import { pageViews, visits } from "../schema";

type NewVisit = typeof visits.$inferInsert;

const currentVisitOf = (workspaceId: string, visitorId: string) =>
  and(eq(visits.workspaceId, workspaceId), eq(visits.visitorId, visitorId), isNull(visits.endedAt));

// The visitor's visit that has not been ended; it may have gone idle (lib/presence/visitor-presence.ts).
export async function findCurrentVisit(db: Db, workspaceId: string, visitorId: string) {
  const [visit] = await db
    .select()
    .from(visits)
    .where(currentVisitOf(workspaceId, visitorId))
    .orderBy(desc(visits.startedAt))
    .limit(1);
  return visit;
}

export async function startVisit(db: Db, values: NewVisit) {
  const [visit] = await db.insert(visits).values(values).returning();
  return visit;
}

export async function endVisit(db: Db, workspaceId: string, visitId: string, endedAt: Date) {
  await db
    .update(visits)
    .set({ endedAt })
    .where(and(eq(visits.workspaceId, workspaceId), eq(visits.id, visitId)));
}

// A page loaded: the visitor is here, active and looking at it.
export async function countPageView(
  db: Db,
  workspaceId: string,
  visitId: string,
  page: { url: string; title: string | null; at: Date },
) {
  const [visit] = await db
    .update(visits)
    .set({
      currentUrl: page.url,
      currentTitle: page.title,
      pageViews: sql`${visits.pageViews} + 1`,
      lastActivityAt: page.at,
      lastHeartbeatAt: page.at,
      leftAt: null,
      pageHidden: false,
    })
    .where(and(eq(visits.workspaceId, workspaceId), eq(visits.id, visitId)))
    .returning();
  return visit;
}

export async function insertPageView(
  db: Db,
  values: { workspaceId: string; visitId: string; url: string; title: string | null; createdAt: Date },
) {
  await db.insert(pageViews).values(values);
}

export async function listPageViews(db: Db, workspaceId: string, visitId: string) {
  return db
    .select()
    .from(pageViews)
    .where(and(eq(pageViews.workspaceId, workspaceId), eq(pageViews.visitId, visitId)))
    .orderBy(pageViews.createdAt);
}

// The heartbeat hot path in one statement: update the current visit, if it is still going (active within
// `since`), and return the signals before and after so the caller can tell whether Live Views changed.
// The FROM subquery reads the row as it was before this UPDATE; FOR UPDATE serialises concurrent beats.
export async function beatCurrentVisit(
  db: Db,
  workspaceId: string,
  visitorId: string,
  beat: { hidden: boolean; active: boolean; at: Date; since: Date },
) {
  const before = db
    .select({
      id: visits.id,
      // Renamed so the RETURNING list can name the old values apart from the new ones.
      wasHidden: sql<boolean>`${visits.pageHidden}`.mapWith(visits.pageHidden).as("was_hidden"),
      wasLeftAt: sql<Date | null>`${visits.leftAt}`.mapWith(visits.leftAt).as("was_left_at"),
      wasActivityAt: sql<Date>`${visits.lastActivityAt}`.mapWith(visits.lastActivityAt).as("was_activity_at"),
      wasHeartbeatAt: sql<Date>`${visits.lastHeartbeatAt}`
        .mapWith(visits.lastHeartbeatAt)
        .as("was_heartbeat_at"),
    })
    .from(visits)
    .where(and(currentVisitOf(workspaceId, visitorId), gt(visits.lastActivityAt, beat.since)))
    .orderBy(desc(visits.startedAt))
    .limit(1)
    .for("update")
    .as("before");
  const [row] = await db
    .update(visits)
    .set({
      lastHeartbeatAt: beat.at,
      pageHidden: beat.hidden,
      leftAt: null,
      ...(beat.active ? { lastActivityAt: beat.at } : {}),
    })
    .from(before)
    .where(eq(visits.id, before.id))
    .returning({
      visitId: visits.id,
      pageHidden: visits.pageHidden,
      leftAt: visits.leftAt,
      lastActivityAt: visits.lastActivityAt,
      lastHeartbeatAt: visits.lastHeartbeatAt,
      wasHidden: before.wasHidden,
      wasLeftAt: before.wasLeftAt,
      wasActivityAt: before.wasActivityAt,
      wasHeartbeatAt: before.wasHeartbeatAt,
    });
  return row;
}

// The page said goodbye (pagehide): the visitor left, unless a beat comes after it (a reload).
export async function markCurrentVisitLeft(db: Db, workspaceId: string, visitorId: string, at: Date) {
  const current = db
    .select({ id: visits.id })
    .from(visits)
    .where(currentVisitOf(workspaceId, visitorId))
    .orderBy(desc(visits.startedAt))
    .limit(1);
  const [row] = await db
    .update(visits)
    .set({ leftAt: at })
    .where(and(eq(visits.workspaceId, workspaceId), sql`${visits.id} = (${current})`))
    .returning({ visitId: visits.id });
  return row;
}
