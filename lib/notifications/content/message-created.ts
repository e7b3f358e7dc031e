// IC5/IC6 (a visitor's message) and IC8 (an @mention in an internal note): who wrote, and the first words.
import type { EventOf } from "../events/event";
import { aboutConversation } from "./compose";
import { type NotificationFacts, personName, visitorName, visitorWho } from "./facts";
import type { EventWords } from "./types";

export function messageCreatedWords(event: EventOf<"message.created">, facts: NotificationFacts): EventWords {
  const about = aboutConversation(event.conversationId);
  const { url } = about;
  const author = event.author.kind === "agent" ? personName(facts, event.author.userId) : null;
  if (event.internal) {
    return {
      title: `${author ?? "A teammate"} mentioned you on ${visitorName(facts)}’s chat`,
      words: facts.words,
      detail: "Open the conversation to read the internal note.",
      ...about,
      email: (showWords) => ({
        template: "mention",
        props: {
          authorName: author ?? "A teammate",
          visitorName: visitorWho(facts),
          note: showWords ? (facts.words ?? undefined) : undefined,
          url,
        },
      }),
    };
  }
  if (author) {
    const title = `${author} replied to ${visitorName(facts)}`;
    return {
      title,
      words: facts.words,
      detail: "Open the conversation to read the reply.",
      ...about,
      email: (showWords) => ({
        template: "generic",
        props: { title, body: (showWords && facts.words) || "Open the conversation to read the reply.", url },
      }),
    };
  }
  const who = visitorWho(facts);
  return {
    title: `New message from ${who}`,
    words: facts.words,
    detail: "Open the conversation to read it.",
    ...about,
    // IC6: the email step replaces this one message with every unread one when it is sent (content/email.ts).
    email: (showWords) => ({
      template: "new_messages",
      props: {
        visitorName: who,
        messages: showWords && facts.words ? [{ body: facts.words, sentAt: event.occurredAt }] : [],
        url,
      },
    }),
  };
}
