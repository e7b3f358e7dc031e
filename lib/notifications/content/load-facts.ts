// X5: the facts a notification says, from the snapshot the planner already loaded plus at most one query (the
// page of a visit or the words of a message): a constant number per event, none per delivery.
import type { Db } from "@/db/client";
import { findMessageBody, findOpeningVisitorMessage, findVisitPage } from "@/db/queries/notification-facts";
import type { HeraldEvent } from "../events/event";
import type { LoadedSnapshot } from "../planner/load-snapshot";
import type { NotificationFacts } from "./facts";
import { firstWords } from "./first-words";

// The teammates an event names, whose names the words need.
function namedPeople(event: HeraldEvent): string[] {
  switch (event.type) {
    case "message.created":
      return event.author.kind === "agent" ? [event.author.userId] : [];
    case "assistance.requested":
      return [event.requestedBy];
    case "assistance.cleared":
      return [event.clearedBy];
    default:
      return [];
  }
}

async function wordsOf(db: Db, event: HeraldEvent): Promise<string | null> {
  const body =
    event.type === "message.created"
      ? await findMessageBody(db, event.workspaceId, event.messageId)
      : event.type === "conversation.created"
        ? await findOpeningVisitorMessage(db, event.workspaceId, event.conversationId)
        : null;
  return body === null ? null : firstWords(body);
}

export async function loadNotificationFacts(
  db: Db,
  event: HeraldEvent,
  loaded: LoadedSnapshot,
): Promise<NotificationFacts> {
  const { names } = loaded;
  const people = Object.fromEntries(
    namedPeople(event).flatMap((id) => {
      const name = names.people.get(id);
      return name ? [[id, name]] : [];
    }),
  );
  return {
    visitor: loaded.visitor
      ? { id: loaded.visitor.id, name: names.visitorName, email: loaded.visitor.email }
      : null,
    account: names.accountName ? { name: names.accountName } : null,
    page: event.type === "visit.started" ? await findVisitPage(db, event.workspaceId, event.visitId) : null,
    words: await wordsOf(db, event),
    people,
    showMessageText: names.showMessageText,
  };
}
