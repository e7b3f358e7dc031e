// Visits and page views: what the widget's loader reports (lib/widget/visits.ts decides, these write).
import { and, desc, eq, isNull, sql } from "drizzle-orm";
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

export interface Beat {
  workspaceId: string;
  visitorId: string;
  hidden: boolean;
  active: boolean;
  at: Date;
  since: Date; // the visit counts as still going if its last activity is after this
}

// The heartbeat hot path: one UPDATE for many beats (lib/widget/heartbeat-batch.ts gathers them), each on
// its visitor's current visit if still going. It returns the signals before and after, so the caller can
// tell whether Live Views changed. The lateral subquery reads each row as it was before this UPDATE and
// locks it (FOR UPDATE), so concurrent beats of one visitor are serialised. One beat per visitor per call.
export async function beatCurrentVisits(db: Db, beats: Beat[]) {
  if (beats.length === 0) return [];
  const values = sql.join(
    beats.map(
      (b) =>
        sql`(${b.workspaceId}::uuid, ${b.visitorId}::uuid, ${b.hidden}::boolean, ${b.active}::boolean, ${b.at.toISOString()}::timestamptz, ${b.since.toISOString()}::timestamptz)`,
    ),
    sql`, `,
  );
  const source = sql`(values ${values}) as beat(workspace_id, visitor_id, hidden, active, at, since)
    cross join lateral (
      select c.id, c.page_hidden, c.left_at, c.last_activity_at, c.last_heartbeat_at
      from ${visits} c
      where c.workspace_id = beat.workspace_id and c.visitor_id = beat.visitor_id
        and c.ended_at is null and c.last_activity_at > beat.since
      order by c.started_at desc limit 1
      for update
    ) as cur`;
  return db
    .update(visits)
    .set({
      lastHeartbeatAt: sql`beat.at`,
      pageHidden: sql`beat.hidden`,
      leftAt: null,
      lastActivityAt: sql`case when beat.active then beat.at else ${visits.lastActivityAt} end`,
    })
    .from(source)
    .where(eq(visits.id, sql`cur.id`))
    .returning({
      visitId: visits.id,
      workspaceId: visits.workspaceId,
      visitorId: visits.visitorId,
      pageHidden: visits.pageHidden,
      leftAt: visits.leftAt,
      lastActivityAt: visits.lastActivityAt,
      lastHeartbeatAt: visits.lastHeartbeatAt,
      // Decoded like the columns they were read from (drivers return timestamps differently).
      wasHidden: sql`cur.page_hidden`.mapWith(visits.pageHidden),
      wasLeftAt: sql`cur.left_at`.mapWith(visits.leftAt),
      wasActivityAt: sql`cur.last_activity_at`.mapWith(visits.lastActivityAt),
      wasHeartbeatAt: sql`cur.last_heartbeat_at`.mapWith(visits.lastHeartbeatAt),
    });
}

export type BeatResult = Awaited<ReturnType<typeof beatCurrentVisits>>[number];

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
