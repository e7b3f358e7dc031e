// What an event is about (conversation, visit, visitor): read by the snapshot loader and stored on decisions
// for the "why (not)?" views.
import type { HeraldEvent } from "./event";

export interface EventSubjects {
  conversationId: string | null;
  visitId: string | null;
  visitorId: string | null;
}

export function subjectsOf(event: HeraldEvent): EventSubjects {
  return {
    conversationId: "conversationId" in event ? event.conversationId : null,
    visitId: event.type === "visit.started" ? event.visitId : null,
    visitorId: "visitorId" in event ? event.visitorId : null,
  };
}
