// "What a notification says", per event type (X5): a typed map, so an event type without its words does not
// compile. Every surface comes from the event and the facts stored with it; rendering runs no query.
import type { EventOf, EventType, HeraldEvent } from "../events/event";
import { assistanceClearedWords, assistanceRequestedWords } from "./assistance";
import { chatRequestCancelledWords } from "./chat-request-cancelled";
import { surfaces } from "./compose";
import { conversationCreatedWords } from "./conversation-created";
import { crmNeedsReconnectWords } from "./crm-needs-reconnect";
import type { NotificationFacts } from "./facts";
import { messageCreatedWords } from "./message-created";
import { slaWords } from "./sla";
import type { EventWords, NotificationContent } from "./types";
import { visitStartedWords } from "./visit-started";
import { visitorWentOfflineWords } from "./visitor-went-offline";

type WordsFor = { [T in EventType]: (event: EventOf<T>, facts: NotificationFacts) => EventWords };

export const wordsByEventType: WordsFor = {
  "visit.started": visitStartedWords,
  "conversation.created": conversationCreatedWords,
  "message.created": messageCreatedWords,
  "chat_request.cancelled": chatRequestCancelledWords,
  "assistance.requested": assistanceRequestedWords,
  "assistance.cleared": assistanceClearedWords,
  "sla.warning": slaWords,
  "sla.breached": slaWords,
  "visitor.went_offline": visitorWentOfflineWords,
  "crm.needs_reconnect": crmNeedsReconnectWords,
};

export function notificationContent(event: HeraldEvent, facts: NotificationFacts): NotificationContent {
  // The map is keyed by the event's own type; TypeScript cannot correlate the two on its own.
  const words = wordsByEventType[event.type] as (e: HeraldEvent, f: NotificationFacts) => EventWords;
  return surfaces(words(event, facts), facts);
}

export type { NotificationContent } from "./types";
