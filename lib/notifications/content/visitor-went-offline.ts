// FU1: the visitor left with an agent's reply unread; the follow-up channels (a later issue) say this to them.
import type { EventOf } from "../events/event";
import { aboutConversation, notice } from "./compose";
import type { NotificationFacts } from "./facts";
import type { EventWords } from "./types";

export const visitorWentOfflineWords = (
  event: EventOf<"visitor.went_offline">,
  _facts: NotificationFacts,
): EventWords =>
  notice("You have unread messages", "Your chat continues here.", aboutConversation(event.conversationId));
