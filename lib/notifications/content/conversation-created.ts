// IC1: a visitor opened a chat — who, and the first words of their opening message.
import type { EventOf } from "../events/event";
import { aboutConversation } from "./compose";
import { type NotificationFacts, visitorWho } from "./facts";
import type { EventWords } from "./types";

export function conversationCreatedWords(
  event: EventOf<"conversation.created">,
  facts: NotificationFacts,
): EventWords {
  const who = visitorWho(facts);
  const about = aboutConversation(event.conversationId);
  return {
    title: `New chat from ${who}`,
    words: facts.words,
    detail: "Open the conversation to read it.",
    ...about,
    email: (showWords) => ({
      template: "new_conversation",
      props: {
        visitorName: who,
        firstMessage: showWords ? (facts.words ?? undefined) : undefined,
        url: about.url,
      },
    }),
  };
}
