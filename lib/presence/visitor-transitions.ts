// After every write of a visit's presence signals (page view, state report, goodbye, channel occupied or
// vacated): the transition is decided here, once, by presenceChange, and Live Views is told when what it
// shows changed. A transition to offline while a conversation is open is the follow-up trigger (FU1):
// `visitor.went_offline` is recorded through the outbox, once per transition.
import type { Db } from "@/db/client";
import { findOpenConversationOfVisitor } from "@/db/queries/conversations";
import { findLiveVisitor } from "@/db/queries/live-views";
import { visitorUpdated } from "@/lib/live-views/payload";
import { visitorWentOffline } from "@/lib/notifications/events/domain-events";
import { type RecordedEvent, recordEvent } from "@/lib/notifications/outbox/record";
import type { Publication } from "@/lib/realtime/publish";
import { type PresenceTransition, presenceChange, type VisitorSignals } from "./visitor-presence";

export type PresenceWritten = {
  transition: PresenceTransition;
  publications: Publication[];
  notifications: RecordedEvent | null;
};

export async function liveViewsUpdate(db: Db, workspaceId: string, visitId: string): Promise<Publication[]> {
  const row = await findLiveVisitor(db, workspaceId, visitId);
  return row ? [visitorUpdated(workspaceId, row)] : [];
}

export async function afterPresenceWrite(
  db: Db,
  visit: { workspaceId: string; visitId: string; visitorId: string },
  before: Omit<VisitorSignals, "lastActivityAt"> | null,
  after: VisitorSignals,
  now = new Date(),
): Promise<PresenceWritten> {
  const { changed, transition } = presenceChange(before, after);
  const publications = changed ? await liveViewsUpdate(db, visit.workspaceId, visit.visitId) : [];
  const notifications = transition === "went_offline" ? await wentOffline(db, visit, after, now) : null;
  return { transition, publications, notifications };
}

// The moment presence turned offline: the goodbye, else the report that said hidden or idle.
const offlineAt = (s: VisitorSignals) =>
  s.leftAt && s.leftAt.getTime() >= s.lastHeartbeatAt.getTime() ? s.leftAt : s.lastHeartbeatAt;

async function wentOffline(
  db: Db,
  visit: { workspaceId: string; visitorId: string },
  after: VisitorSignals,
  now: Date,
): Promise<RecordedEvent | null> {
  const { workspaceId, visitorId } = visit;
  return db.transaction(async (tx) => {
    const conversation = await findOpenConversationOfVisitor(tx, workspaceId, visitorId);
    if (!conversation) return null; // no conversation open: nobody to follow up with
    const event = visitorWentOffline(
      { workspaceId, conversationId: conversation.id, visitorId },
      offlineAt(after),
    );
    return recordEvent(tx, event, now);
  });
}
