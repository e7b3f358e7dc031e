// Unread agent messages: the badge on the launcher and whether the frame should mark the conversation read.
import type { Message } from "./transcript";

// Agent messages newer than both the visitor's last read and their own last message (replying means they
// saw what came before).
export function countUnread(messages: readonly Message[], lastReadAt: string | null): number {
  let seenUntil = lastReadAt ? Date.parse(lastReadAt) : Number.NEGATIVE_INFINITY;
  for (const m of messages) {
    if (m.authorType === "visitor") seenUntil = Math.max(seenUntil, Date.parse(m.createdAt));
  }
  return messages.filter((m) => m.authorType === "agent" && Date.parse(m.createdAt) > seenUntil).length;
}

// The later of two ISO times (either may be missing).
export function laterOf(a: string | null, b: string | null): string | null {
  if (!a || !b) return a ?? b;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}
