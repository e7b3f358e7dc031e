// IC7: the visitor left the queue before anyone answered.
import type { EventOf } from "../events/event";
import { aboutConversation, notice } from "./compose";
import { type NotificationFacts, visitorWho } from "./facts";
import type { EventWords } from "./types";

export const chatRequestCancelledWords = (
  event: EventOf<"chat_request.cancelled">,
  facts: NotificationFacts,
): EventWords =>
  notice(
    `${visitorWho(facts)} cancelled their chat request`,
    "They left the queue before anyone answered.",
    aboutConversation(event.conversationId),
  );
