// Typing indicators over the `client-typing` client event (lib/realtime/events.ts, TypingEvent): the sender
// says "typing" at most every 2 s while keys are pressed and "stopped" after 3 s without one; the receiver
// hides the indicator 6 s after the last "typing" in case the "stopped" never comes (tab closed).
import type { TypingEvent } from "@/lib/realtime/events";

export const TYPING_RESEND_MS = 2_000;
export const TYPING_IDLE_MS = 3_000;
export const TYPING_SHOWN_MS = 6_000;

export interface TypingSenderState {
  typing: boolean;
  lastSentAt: number;
}

export const idleTypingSender: TypingSenderState = { typing: false, lastSentAt: 0 };

export function onKeystroke(s: TypingSenderState, now: number): { next: TypingSenderState; send: boolean } {
  if (s.typing && now - s.lastSentAt < TYPING_RESEND_MS) return { next: s, send: false };
  return { next: { typing: true, lastSentAt: now }, send: true };
}

export function onStopTyping(s: TypingSenderState, now: number): { next: TypingSenderState; send: boolean } {
  if (!s.typing) return { next: s, send: false };
  return { next: { typing: false, lastSentAt: now }, send: true };
}

// A client event comes from another browser, not our server: check its shape before using it.
export function parseTypingEvent(data: unknown): TypingEvent | null {
  if (!data || typeof data !== "object") return null;
  const { by, name, typing } = data as Record<string, unknown>;
  if ((by !== "visitor" && by !== "agent") || typeof typing !== "boolean") return null;
  return { by, name: typeof name === "string" ? name.slice(0, 100) : null, typing };
}
