// After every write of a visit's presence signals (page view, state report, goodbye, channel occupied or
// vacated): the transition is decided here, once, by presenceChange, and Live Views is told when what it
// shows changed. `transition` is what the follow-up trigger (visitor.went_offline) hangs on.
import type { Db } from "@/db/client";
import { findLiveVisitor } from "@/db/queries/live-views";
import { visitorUpdated } from "@/lib/live-views/payload";
import type { Publication } from "@/lib/realtime/publish";
import { type PresenceTransition, presenceChange, type VisitorSignals } from "./visitor-presence";

export type PresenceWritten = { transition: PresenceTransition; publications: Publication[] };

export async function liveViewsUpdate(db: Db, workspaceId: string, visitId: string): Promise<Publication[]> {
  const row = await findLiveVisitor(db, workspaceId, visitId);
  return row ? [visitorUpdated(workspaceId, row)] : [];
}

export async function afterPresenceWrite(
  db: Db,
  visit: { workspaceId: string; visitId: string },
  before: Omit<VisitorSignals, "lastActivityAt"> | null,
  after: VisitorSignals,
): Promise<PresenceWritten> {
  const { changed, transition } = presenceChange(before, after);
  const publications = changed ? await liveViewsUpdate(db, visit.workspaceId, visit.visitId) : [];
  return { transition, publications };
}
