// Pure checks the delivery worker runs after planning, so the reason codes it records are decided (and tested)
// here: the re-check of a delayed step (IC6, FU3) and a provider's answer (X3). The SMS wallet (FU7): lib/billing.
import type { Decision } from "../planner/decision";
import type { Focus } from "../planner/focus-ladder";

export type Recheck =
  | { outcome: "send"; reason: "sent" }
  | {
      outcome: "suppress";
      reason: "read_meanwhile" | "receipt_received" | "already_notified" | "active_in_app";
    };

export interface DelayedStepState {
  eventAt: Date; // when the decision's event happened (the message)
  readAt: Date | null; // the recipient's last read of the conversation (agent or visitor)
  newerPendingAt: Date | null; // a later event's delivery to the same recipient and channel, waiting or sent
  pushReceiptAt: Date | null; // FU3: the visitor's push delivery receipt
  focus: Focus | null; // the agent's presence now; null for visitors
}

// Runs when a delayed decision comes due (10 s push, 3 min email, 30 s push-receipt wait).
export function recheckDelayedDecision(decision: Decision, s: DelayedStepState): Recheck {
  if (s.readAt && s.readAt.getTime() >= s.eventAt.getTime())
    return { outcome: "suppress", reason: "read_meanwhile" };
  if (decision.recipient.kind === "visitor" && decision.channel !== "mobile_push" && s.pushReceiptAt) {
    return { outcome: "suppress", reason: "receipt_received" };
  }
  // IC6 "several messages become one notification": the newest message's step sends them all.
  if (s.newerPendingAt && s.newerPendingAt.getTime() > s.eventAt.getTime()) {
    return { outcome: "suppress", reason: "already_notified" };
  }
  if (s.focus !== null && s.focus !== "away") return { outcome: "suppress", reason: "active_in_app" };
  return { outcome: "send", reason: "sent" };
}

export type ProviderResult =
  | { ok: true; providerId: string }
  | { ok: false; transient: boolean; error: string };

export type DeliverySettlement =
  | { status: "delivered"; reason: "sent"; providerId: string }
  | { status: "retry"; reason: "provider_error"; error: string; retryAt: Date }
  | { status: "failed"; reason: "provider_error"; error: string };

export const MAX_ATTEMPTS = 5;
const BACKOFF_BASE_MS = 5_000;

// X3: transient failures retry with exponential backoff (5 s, 10 s, 20 s, 40 s), then fail with the reason.
export function settleDelivery(result: ProviderResult, attempt: number, now: Date): DeliverySettlement {
  if (result.ok) return { status: "delivered", reason: "sent", providerId: result.providerId };
  if (!result.transient || attempt >= MAX_ATTEMPTS) {
    return { status: "failed", reason: "provider_error", error: result.error };
  }
  const retryAt = new Date(now.getTime() + BACKOFF_BASE_MS * 2 ** (attempt - 1));
  return { status: "retry", reason: "provider_error", error: result.error, retryAt };
}
