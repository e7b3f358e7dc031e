// What an email says about an event: the event's content (index.ts), except that a visitor-message email, sent
// after its IC6 delay, digests every message that arrived meanwhile (one read, at send time).
import type { Db } from "@/db/client";
import { listUnreadVisitorMessages } from "@/db/queries/notification-facts";
import type { EmailMessage } from "@/emails";
import type { HeraldEvent } from "../events/event";
import type { NotificationFacts } from "./facts";
import { notificationContent } from "./index";

export async function emailForDelivery(
  db: Db,
  event: HeraldEvent,
  facts: NotificationFacts,
  now: Date,
): Promise<EmailMessage> {
  const email = notificationContent(event, facts).email;
  if (email.template !== "new_messages" || event.type !== "message.created" || !facts.showMessageText) {
    return email;
  }
  // Up to `now`, not the event: a delayed email step sends every message that arrived while it waited.
  const unread = await listUnreadVisitorMessages(db, event.workspaceId, event.conversationId, now);
  return unread.length ? { ...email, props: { ...email.props, messages: unread } } : email;
}
