// What the loader reports about a visitor's visit: page views, heartbeats, goodbyes. Each returns the Live
// Views publications for the caller to send once the write is committed.
import type { Db } from "@/db/client";
import { findLiveVisitor } from "@/db/queries/live-views";
import { lockVisitor, touchVisitor } from "@/db/queries/visitors";
import {
  countPageView,
  endVisit,
  findCurrentVisit,
  insertPageView,
  markCurrentVisitLeft,
  startVisit,
} from "@/db/queries/visits";
import { AppError } from "@/lib/errors";
import { visitorUpdated } from "@/lib/live-views/payload";
import { visitStarted } from "@/lib/notifications/events/domain-events";
import { type RecordedEvent, recordEvent } from "@/lib/notifications/outbox/record";
import {
  continuesVisit,
  VISIT_IDLE_MS,
  type VisitorPresence,
  visitorPresence,
} from "@/lib/presence/visitor-presence";
import type { Publication } from "@/lib/realtime/publish";
import { beatInBatch } from "./heartbeat-batch";

export interface VisitorRef {
  workspaceId: string;
  visitorId: string;
}

async function liveViewsUpdate(db: Db, workspaceId: string, visitId: string): Promise<Publication[]> {
  const row = await findLiveVisitor(db, workspaceId, visitId);
  return row ? [visitorUpdated(workspaceId, row)] : [];
}

// A page view continues the visit, or starts a new one after 30 min without activity (RULES.md, "Visit").
export async function recordPageView(
  db: Db,
  visitor: VisitorRef,
  page: { url: string; title?: string; referrer?: string },
  now = new Date(),
) {
  const { workspaceId, visitorId } = visitor;
  const { visitId, started, notifications } = await db.transaction(async (tx) => {
    // A valid token whose visitor is gone (deleted workspace data): the loader starts over on a 401.
    if (!(await lockVisitor(tx, workspaceId, visitorId))) {
      throw new AppError("UNAUTHORIZED", "This visitor no longer exists");
    }
    let visit = await findCurrentVisit(tx, workspaceId, visitorId);
    const started = !visit || !continuesVisit(visit.lastActivityAt, now);
    if (!visit || started) {
      // The old visit ended when its visitor was last active, not now that we notice.
      if (visit) await endVisit(tx, workspaceId, visit.id, visit.lastActivityAt);
      visit = await startVisit(tx, { workspaceId, visitorId, referrer: page.referrer, startedAt: now });
    }
    const visitId = visit.id;
    const title = page.title ?? null;
    await countPageView(tx, workspaceId, visitId, { url: page.url, title, at: now });
    await insertPageView(tx, { workspaceId, visitId, url: page.url, title, createdAt: now });
    await touchVisitor(tx, workspaceId, visitorId, now);
    // LV1/LV7: only the visit's first page view is an event; the planner decides whether anyone hears of it.
    const notifications: RecordedEvent | null = started
      ? await recordEvent(tx, visitStarted({ workspaceId, visitorId, visitId }, now), now)
      : null;
    return { visitId, started, notifications };
  });
  return {
    visitId,
    started,
    notifications,
    publications: await liveViewsUpdate(db, workspaceId, visitId),
  };
}

// The hot path: one UPDATE, shared with the beats arriving at the same time. Live Views hears of it only when what it shows changed (presence or hidden),
// not on every beat of every visitor.
export async function recordHeartbeat(
  db: Db,
  visitor: VisitorRef,
  beat: { hidden: boolean; active: boolean },
  now = new Date(),
): Promise<Publication[]> {
  const { workspaceId, visitorId } = visitor;
  const since = new Date(now.getTime() - VISIT_IDLE_MS);
  const row = await beatInBatch(db, { workspaceId, visitorId, ...beat, at: now, since });
  if (!row) return resumeIdleVisit(db, visitor, beat.active, now);
  const before = visitorPresence(
    {
      pageHidden: row.wasHidden,
      leftAt: row.wasLeftAt,
      lastActivityAt: row.wasActivityAt,
      lastHeartbeatAt: row.wasHeartbeatAt,
    },
    now,
  );
  const after = visitorPresence(row, now);
  const changed = row.wasHidden !== row.pageHidden || presenceLabel(before) !== presenceLabel(after);
  return changed ? liveViewsUpdate(db, workspaceId, row.visitId) : [];
}

const presenceLabel = (p: VisitorPresence) => (p.state === "online" ? "online" : p.reason);

// No visit still going: the page stayed open past 30 min idle (the visit ended) or was never counted.
// Input on that page starts a new visit on it, as a page view would; a passive beat changes nothing.
// Its Live View notification, if any, is sent by the worker's next run (the heartbeat path stays lean).
async function resumeIdleVisit(db: Db, visitor: VisitorRef, active: boolean, now: Date) {
  if (!active) return [];
  const last = await findCurrentVisit(db, visitor.workspaceId, visitor.visitorId);
  if (!last?.currentUrl) return [];
  const page = { url: last.currentUrl, title: last.currentTitle ?? undefined };
  return (await recordPageView(db, visitor, page, now)).publications;
}

export async function recordLeave(db: Db, visitor: VisitorRef, now = new Date()): Promise<Publication[]> {
  const row = await markCurrentVisitLeft(db, visitor.workspaceId, visitor.visitorId, now);
  return row ? liveViewsUpdate(db, visitor.workspaceId, row.visitId) : [];
}
