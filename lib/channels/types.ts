// The contract every channel adapter keeps: `send()` reports what happened, never throws it away silently.
import type { Db } from "@/db/client";
import type { DecisionRow, DeliveryRow } from "@/db/schema";
import type { NotificationContent } from "@/lib/notifications/content";
import type { NotificationFacts } from "@/lib/notifications/content/facts";
import type { HeraldEvent } from "@/lib/notifications/events/event";
import type { DeliveryChannel } from "@/lib/notifications/planner/decision";

export interface DeliveryContext {
  db: Db;
  decision: DecisionRow;
  event: HeraldEvent;
  facts: NotificationFacts; // stored with the event when it was planned (X5)
  content: NotificationContent; // every surface's words, rendered once per delivery from event + facts
  now: Date;
}

export type DeliveryResult =
  | {
      status: "delivered" | "captured";
      providerId?: string;
      providerStatus?: string;
      summary?: string; // what was rendered (capture mode), kept in the delivery log
      segments?: number; // a text's SMS segments (FU7 charges per segment)
    }
  | {
      status: "failed";
      error: string; // the provider's reason, recorded as is
      retryable: boolean; // transient (timeout, 5xx, rate limit): retried with backoff (X3)
      // The provider said when to come back (HTTP 429 Retry-After): the retry is due then, not on the backoff.
      retryAfterSeconds?: number;
      // The destination itself is gone (an expired or malformed push subscription): it is marked dead and the
      // delivery is not retried.
      deadEndpoint?: string;
      // Why it was not sent, when the provider was never asked (FU7: the SMS wallet could not pay for it).
      reason?: "insufficient_balance";
    };

export interface ChannelAdapter {
  send(delivery: DeliveryRow, context: DeliveryContext): Promise<DeliveryResult>;
}

export type ChannelRegistry = Record<DeliveryChannel, ChannelAdapter>;
