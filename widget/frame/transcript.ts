// The transcript the frame shows: messages from the fetch and from realtime events, one copy each, in order.
import type { MessagePayload } from "@/lib/realtime/events";

export type Message = MessagePayload;

// A row of the transcript: the author's name is shown on the first message of a run by the same author.
export interface Row {
  message: Message;
  showAuthor: boolean;
  answered?: boolean; // a "Collect information" form the visitor has answered since (SK8)
}

const RUN_GAP_MS = 5 * 60_000; // a pause this long starts a new run, so the name shows again

const time = (m: Message) => Date.parse(m.createdAt);

function byTime(a: Message, b: Message): number {
  return time(a) - time(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// Adds incoming messages (a fetch, an event, a POST answer) to the current ones: the newest copy of an id
// wins, oldest message first. Never mutates its arguments.
export function mergeMessages(current: readonly Message[], incoming: readonly Message[]): Message[] {
  const byId = new Map(current.map((m) => [m.id, m]));
  for (const m of incoming) byId.set(m.id, m);
  return [...byId.values()].sort(byTime);
}

// Rows for messages in order. The visitor's own messages never show a name.
export function layoutTranscript(messages: readonly Message[]): Row[] {
  return messages.map((message, i) => {
    const previous = messages[i - 1];
    const sameRun =
      previous !== undefined &&
      previous.authorType === message.authorType &&
      previous.authorName === message.authorName &&
      time(message) - time(previous) < RUN_GAP_MS;
    const answered =
      message.kind === "contact_request" &&
      messages.slice(i + 1).some((later) => later.kind === "contact_answer");
    return { message, showAuthor: message.authorType !== "visitor" && !sameRun, answered };
  });
}

// The visitor's last message, if an agent has read the conversation since it was sent ("Seen" under it).
export function seenMessageId(messages: readonly Message[], agentReadAt: string | null): string | null {
  if (!agentReadAt) return null;
  const readAt = Date.parse(agentReadAt);
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (m.authorType === "visitor") return time(m) <= readAt ? m.id : null;
  }
  return null;
}
