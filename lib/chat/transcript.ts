// A conversation's transcript in the agent app: the messages the page loaded, merged with those that arrive
// live or come back from a reply (the same message can arrive both ways).
import type { MessagePayload } from "@/lib/realtime/events";

export interface TranscriptMessage extends MessagePayload {
  internal?: boolean; // internal notes: teammates only
}

export function mergeMessages(current: TranscriptMessage[], incoming: TranscriptMessage[]) {
  const byId = new Map(current.map((m) => [m.id, m]));
  for (const m of incoming) byId.set(m.id, m);
  return [...byId.values()].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}

// The newest agent message the visitor has read: "Seen" goes under it.
export function lastSeenAgentMessageId(messages: TranscriptMessage[], seenAt: string | null): string | null {
  if (!seenAt) return null;
  const seen = Date.parse(seenAt);
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (m.authorType === "agent" && !m.internal && Date.parse(m.createdAt) <= seen) return m.id;
  }
  return null;
}

export const laterOf = (a: string | null, b: string | null) =>
  a === null ? b : b === null ? a : Date.parse(a) >= Date.parse(b) ? a : b;
