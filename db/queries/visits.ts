// Visits and page views: what the widget's loader reports (lib/widget/visits.ts decides, these write).
import { and, desc, eq, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import { VISITOR_IDLE_MS } from "@/lib/presence/visitor-presence";
import type { Db } from "../client";
import { pageViews, visitors, visits } from "../schema";
import { executeRows } from "./raw-rows";

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

// Of these visitors, those with a visit not ended whose page is said to have gone: the only ones for whom
// an occupied realtime channel changes anything (lib/presence/visitor-connection.ts). One query for a webhook.
export async function visitorsWhosePageLeft(db: Db, who: { workspaceId: string; visitorId: string }[]) {
  if (who.length === 0) return [];
  const pairs = sql.join(
    who.map((v) => sql`(${v.workspaceId}::uuid, ${v.visitorId}::uuid)`),
    sql`, `,
  );
  const rows = await db
    .selectDistinct({ visitorId: visits.visitorId })
    .from(visits)
    .where(
      and(
        sql`(${visits.workspaceId}, ${visits.visitorId}) in (values ${pairs})`,
        isNull(visits.endedAt),
        isNotNull(visits.leftAt),
      ),
    );
  return rows.map((r) => r.visitorId);
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
      idle: false,
    })
    .where(and(eq(visits.workspaceId, workspaceId), eq(visits.id, visitId)))
    .returning();
  return visit;
}

// A page view that continues the visitor's current visit, in one statement: the visit counted and moved to
// the page, the page view stored, the visitor seen. The visit is the visitor's latest not ended, only if still
// going at `since` (a subset of lib/presence/visitor-presence.ts continuesVisit, so this never continues a
// visit that should end); its row lock orders concurrent page views. Returns the visit's id, or undefined
// when there is none (lib/widget/visits.ts then starts one, in a transaction that locks the visitor).
// Page views are the heaviest widget call (a navigation every 2 minutes per visitor); this was five
// statements in a transaction.
export async function continueVisitWithPageView(
  db: Db,
  view: { workspaceId: string; visitorId: string; url: string; title: string | null; at: Date; since: Date },
): Promise<string | undefined> {
  const at = sql`${view.at.toISOString()}::timestamptz`;
  const since = sql`${view.since.toISOString()}::timestamptz`;
  const rows = await executeRows<{ id: string }>(
    db,
    sql`
    with cur as (
      select c.id from ${visits} c
      where c.id = (
          select l.id from ${visits} l
          where l.workspace_id = ${view.workspaceId} and l.visitor_id = ${view.visitorId} and l.ended_at is null
          order by l.started_at desc limit 1
        )
        and ${stillGoing(sql.raw("c"), since)}
      for update
    ), counted as (
      update ${visits} set current_url = ${view.url}, current_title = ${view.title},
        page_views = ${visits}.page_views + 1, last_activity_at = ${at}, last_heartbeat_at = ${at},
        left_at = null, page_hidden = false, idle = false
      from cur where ${visits}.id = cur.id
      returning ${visits}.id
    ), stored as (
      insert into ${pageViews} (workspace_id, visit_id, url, title, created_at)
      select ${view.workspaceId}::uuid, counted.id, ${view.url}::text, ${view.title}::text, ${at} from counted
    ), seen as (
      update ${visitors} set last_seen_at = ${at}
      where workspace_id = ${view.workspaceId} and id = ${view.visitorId} and exists (select 1 from counted)
    )
    select id from counted`,
  );
  return rows[0]?.id;
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
  idle: boolean;
  at: Date;
  since: Date; // the visit counts as still going if its last activity is after this
}

// A visit is still going while its visitor is online (they have been active until now: the loader only
// reports changes), or was active after `since`.
const stillGoing = (t: SQL, since: SQL) =>
  sql`(${t}.last_activity_at > ${since} or (${t}.left_at is null and not ${t}.page_hidden and not ${t}.idle))`;

// The state reports' hot path (hidden/visible, idle/active): one UPDATE for many reports (lib/widget/heartbeat-batch.ts gathers them), each on
// its visitor's current visit if still going. It returns the signals before and after, so the caller can
// tell whether Live Views changed. The lateral subquery reads each row as it was before this UPDATE and
// locks it (FOR UPDATE), so concurrent beats of one visitor are serialised. One beat per visitor per call.
export async function beatCurrentVisits(db: Db, beats: Beat[]) {
  if (beats.length === 0) return [];
  const values = sql.join(
    beats.map(
      (b) =>
        sql`(${b.workspaceId}::uuid, ${b.visitorId}::uuid, ${b.hidden}::boolean, ${b.idle}::boolean, ${b.at.toISOString()}::timestamptz, ${b.since.toISOString()}::timestamptz)`,
    ),
    sql`, `,
  );
  const source = sql`(values ${values}) as beat(workspace_id, visitor_id, hidden, idle, at, since)
    cross join lateral (
      select c.id, c.page_hidden, c.idle, c.left_at, c.last_activity_at, c.last_heartbeat_at
      from ${visits} c
      where c.workspace_id = beat.workspace_id and c.visitor_id = beat.visitor_id
        and c.ended_at is null and ${stillGoing(sql.raw("c"), sql`beat.since`)}
      order by c.started_at desc limit 1
      for update
    ) as cur`;
  return db
    .update(visits)
    .set({
      lastHeartbeatAt: sql`beat.at`,
      pageHidden: sql`beat.hidden`,
      idle: sql`beat.idle`,
      leftAt: null,
      // Not idle: input within the last 270 s, so now is close enough. Idle: input stopped 270 s ago.
      lastActivityAt: sql`case when not beat.idle then beat.at
        else greatest(${visits.lastActivityAt}, beat.at - interval '${sql.raw(String(VISITOR_IDLE_MS / 1000))} seconds') end`,
    })
    .from(source)
    .where(eq(visits.id, sql`cur.id`))
    .returning({
      visitId: visits.id,
      workspaceId: visits.workspaceId,
      visitorId: visits.visitorId,
      pageHidden: visits.pageHidden,
      idle: visits.idle,
      leftAt: visits.leftAt,
      lastActivityAt: visits.lastActivityAt,
      lastHeartbeatAt: visits.lastHeartbeatAt,
      wasIdle: sql`cur.idle`.mapWith(visits.idle),
      // Decoded like the columns they were read from (drivers return timestamps differently).
      wasHidden: sql`cur.page_hidden`.mapWith(visits.pageHidden),
      wasLeftAt: sql`cur.left_at`.mapWith(visits.leftAt),
      wasActivityAt: sql`cur.last_activity_at`.mapWith(visits.lastActivityAt),
      wasHeartbeatAt: sql`cur.last_heartbeat_at`.mapWith(visits.lastHeartbeatAt),
    });
}

export type BeatResult = Awaited<ReturnType<typeof beatCurrentVisits>>[number];

// The visitor's current visit, locked for a presence write (goodbye, channel occupied/vacated), when still
// going at `since` (see stillGoing).
export async function lockCurrentVisit(db: Db, workspaceId: string, visitorId: string, since: Date) {
  const [visit] = await db
    .select()
    .from(visits)
    .where(
      and(
        currentVisitOf(workspaceId, visitorId),
        stillGoing(sql`${visits}`, sql`${since.toISOString()}::timestamptz`),
      ),
    )
    .orderBy(desc(visits.startedAt))
    .limit(1)
    .for("update");
  return visit;
}

export async function setVisitPresence(
  db: Db,
  workspaceId: string,
  visitId: string,
  signals: { lastHeartbeatAt: Date; leftAt: Date | null },
) {
  await db
    .update(visits)
    .set(signals)
    .where(and(eq(visits.workspaceId, workspaceId), eq(visits.id, visitId)));
}
