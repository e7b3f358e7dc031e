// Keys for "at most once" beyond a single event. The loader puts the ones already sent into
// `snapshot.alreadyNotified`; a rule that finds its key there records `already_notified`.
import type { SlaTarget } from "../events/event";

export const liveViewOnceKey = (visitId: string) => `live_view:${visitId}`; // LV7
export const slaOnceKey = (kind: "warning" | "breached", conversationId: string, target: SlaTarget) =>
  `sla.${kind}:${conversationId}:${target}`; // SL3
export const followUpOnceKey = (conversationId: string, newestUnreadMessageId: string) =>
  `follow_up:${conversationId}:${newestUnreadMessageId}`; // one follow-up per unread message
