// What the loader reports about a visitor's visit: page views, state changes (hidden/visible, idle/active),
// goodbyes. Each returns the Live Views publications for the caller to send once the write is committed.
import type { Db } from "@/db/client";
import { findVisitorChannel, lockVisitor, touchVisitor } from "@/db/queries/visitors";
import {
  continueVisitWithPageView,
  countPageView,
  endVisit,
  findCurrentVisit,
  insertPageView,
  lockCurrentVisit,
  setVisitPresence,
  startVisit,
} from "@/db/queries/visits";
import type { Effects } from "@/lib/effects/effects";
import { AppError } from "@/lib/errors";
import { visitStarted } from "@/lib/notifications/events/domain-events";
import { type RecordedEvent, recordEvent } from "@/lib/notifications/outbox/record";
import { continuesVisit, lastActiveAt, signOfPage, VISIT_IDLE_MS } from "@/lib/presence/visitor-presence";
import { afterPresenceWrite, liveViewsUpdate } from "@/lib/presence/visitor-transitions";
import { beatInBatch } from "./heartbeat-batch";

export interface VisitorRef {
  workspaceId: string;
  visitorId: string;
}

// A page view continues the visit, or starts a new one after 30 min without activity (RULES.md, "Visit").
export async function recordPageView(
  db: Db,
  visitor: VisitorRef,
  page: { url: string; title?: string; referrer?: string },
  now = new Date(),
) {
  const { workspaceId, visitorId } = visitor;
  const title = page.title ?? null;
  // The usual page view, the next page of a visit still going: one statement.
  const since = new Date(now.getTime() - VISIT_IDLE_MS);
  const continued = await continueVisitWithPageView(db, { ...visitor, url: page.url, title, at: now, since });
  if (continued) {
    const publications = await liveViewsUpdate(db, workspaceId, continued);
    return { visitId: continued, started: false, notifications: null, publications };
  }
  const { visitId, started, notifications } = await db.transaction(async (tx) => {
    // A valid token whose visitor is gone (deleted workspace data): the loader starts over on a 401.
    if (!(await lockVisitor(tx, workspaceId, visitorId))) {
      throw new AppError("UNAUTHORIZED", "This visitor no longer exists");
    }
    let visit = await findCurrentVisit(tx, workspaceId, visitorId);
    const started = !visit || !continuesVisit(lastActiveAt(visit, now), now);
    if (!visit || started) {
      // The old visit ended when its visitor was last active, not now that we notice.
      if (visit) await endVisit(tx, workspaceId, visit.id, visit.lastActivityAt);
      visit = await startVisit(tx, { workspaceId, visitorId, referrer: page.referrer, startedAt: now });
    }
    const visitId = visit.id;
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

// The hot path, though no longer periodic: a state change (hidden/visible, idle/active) in one UPDATE,
// shared with the reports arriving at the same time. Live Views hears of it only when what it shows changed.
export async function recordPresenceReport(
  db: Db,
  visitor: VisitorRef,
  report: { hidden: boolean; idle: boolean },
  now = new Date(),
): Promise<Effects> {
  const { workspaceId, visitorId } = visitor;
  const since = new Date(now.getTime() - VISIT_IDLE_MS);
  const row = await beatInBatch(db, { workspaceId, visitorId, ...report, at: now, since });
  if (!row) return { publications: await resumeIdleVisit(db, visitor, !report.idle, now) };
  const before = {
    pageHidden: row.wasHidden,
    idle: row.wasIdle,
    leftAt: row.wasLeftAt,
    lastHeartbeatAt: row.wasHeartbeatAt,
  };
  // The batched UPDATE is shared with other reports: a transition to offline is recorded right after it.
  const { publications, notifications } = await afterPresenceWrite(
    db,
    { ...row, visitorId },
    before,
    row,
    now,
  );
  return { publications, notifications };
}

// No visit still going: the page stayed open past 30 min idle (the visit ended) or was never counted.
// Input on that page starts a new visit on it, as a page view would; a passive report changes nothing.
// Its Live View notification, if any, is sent by the worker's next run (the report path stays lean).
async function resumeIdleVisit(db: Db, visitor: VisitorRef, active: boolean, now: Date) {
  if (!active) return [];
  const last = await findCurrentVisit(db, visitor.workspaceId, visitor.visitorId);
  if (!last?.currentUrl) return [];
  const page = { url: last.currentUrl, title: last.currentTitle ?? undefined };
  return (await recordPageView(db, visitor, page, now)).publications;
}

// A sign that the page is gone (a goodbye beacon, or the realtime channel vacated) or there (the channel
// occupied), at `at`. Signs are ordered by time, so a late or replayed one cannot undo a newer one.
export async function recordPageSign(
  db: Db,
  visitor: VisitorRef,
  sign: { there: boolean; at: Date },
  now = new Date(),
): Promise<Effects> {
  const { workspaceId, visitorId } = visitor;
  const since = new Date(now.getTime() - VISIT_IDLE_MS);
  return db.transaction(async (tx) => {
    const visit = await lockCurrentVisit(tx, workspaceId, visitorId, since);
    // The page is there and nothing said it went: nothing to change (the usual occupied webhook).
    if (!visit || (sign.there && visit.leftAt === null)) return {};
    const after = signOfPage(visit, sign);
    await setVisitPresence(tx, workspaceId, visit.id, after);
    // In the same write: a transition to offline records visitor.went_offline with it (FU1).
    const ref = { workspaceId, visitId: visit.id, visitorId };
    const { publications, notifications } = await afterPresenceWrite(
      tx,
      ref,
      visit,
      { ...visit, ...after },
      now,
    );
    return { publications, notifications };
  });
}

// The page said goodbye (pagehide). When the realtime channel is known to be occupied, the connection
// decides instead: the goodbye may come from one of several tabs, and the channel is vacated with the last.
export async function recordLeave(db: Db, visitor: VisitorRef, now = new Date()): Promise<Effects> {
  const known = await findVisitorChannel(db, visitor.workspaceId, visitor.visitorId);
  if (!known || known.channelOccupied === true) return {};
  return recordPageSign(db, visitor, { there: false, at: now }, now);
}
