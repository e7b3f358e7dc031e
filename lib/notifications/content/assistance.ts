// AS1/AS2: a teammate asked for help on a visitor's chat, or the request was cleared.
import type { EventOf } from "../events/event";
import { aboutConversation, notice } from "./compose";
import { type NotificationFacts, personName, visitorWho } from "./facts";
import type { EventWords } from "./types";

export function assistanceRequestedWords(
  event: EventOf<"assistance.requested">,
  facts: NotificationFacts,
): EventWords {
  const requester = personName(facts, event.requestedBy);
  const who = visitorWho(facts);
  const about = aboutConversation(event.conversationId);
  return {
    ...notice(`${requester} needs assistance with ${who}`, "Open the conversation to step in.", about),
    email: () => ({
      template: "assistance",
      props: { requesterName: requester, visitorName: who, url: about.url },
    }),
  };
}

export const assistanceClearedWords = (
  event: EventOf<"assistance.cleared">,
  facts: NotificationFacts,
): EventWords =>
  notice(
    `Assistance no longer needed with ${visitorWho(facts)}`,
    `Cleared by ${personName(facts, event.clearedBy)}.`,
    aboutConversation(event.conversationId),
  );
