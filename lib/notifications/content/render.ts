// The words of a notification, per event type: one place, shared by the notification center and the capture
// adapters. Names (visitor, agent) are left to the views that show them, so sending needs no extra query.
import type { EventType, HeraldEvent } from "../events/event";

export interface RenderedNotification {
  title: string;
  body: string;
}

const texts: Record<EventType, RenderedNotification> = {
  "visit.started": { title: "A known visitor is on your site", body: "Start a chat from Live Views." },
  "conversation.created": { title: "New conversation", body: "A visitor started a chat." },
  "message.created": { title: "New message", body: "A visitor sent a new message." },
  "chat_request.cancelled": { title: "Chat request cancelled", body: "The visitor left the queue." },
  "assistance.requested": { title: "Assistance requested", body: "A teammate needs help on a chat." },
  "assistance.cleared": { title: "Assistance no longer needed", body: "" },
  "sla.warning": { title: "SLA at risk", body: "A conversation is close to its response target." },
  "sla.breached": { title: "SLA breached", body: "A conversation missed its response target." },
  "visitor.went_offline": { title: "You have unread messages", body: "Your chat continues here." },
};

export function renderNotification(event: HeraldEvent): RenderedNotification {
  if (event.type === "message.created" && event.internal) {
    return { title: "You were mentioned", body: "A teammate mentioned you in an internal note." };
  }
  return texts[event.type];
}
