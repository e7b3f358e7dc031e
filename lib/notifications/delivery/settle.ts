// Records what a channel adapter answered on the delivery row (X3): delivered or captured, a retry with backoff,
// failed with the provider's reason, or dead when the destination itself is gone. Only while the sender's claim
// still holds the row (X2): a sender whose lease ran out and was re-claimed records nothing.
import type { Db } from "@/db/client";
import { type LeaseOwner, settleOwnedDelivery } from "@/db/queries/outbox";
import { markPushSubscriptionDead } from "@/db/queries/push-subscriptions";
import type { DeliveryRow, DeliveryStatus } from "@/db/schema";
import type { DeliveryResult } from "@/lib/channels/types";
import { settleDelivery } from "./delivery-checks";

// `superseded`: another claim holds the row now, so this answer was not recorded. `expanded`: a group decision
// became one delivery per member (expand-group.ts), sent in the same run.
export type Outcome = Exclude<DeliveryStatus, "pending" | "sending"> | "retrying" | "superseded" | "expanded";

// An adapter that throws is a failed delivery with the error as its reason, retried like any transient failure.
export async function sendSafely(send: () => Promise<DeliveryResult>): Promise<DeliveryResult> {
  try {
    return await send();
  } catch (error) {
    return {
      status: "failed",
      error: error instanceof Error ? error.message : String(error),
      retryable: true,
    };
  }
}

type Values = Parameters<typeof settleOwnedDelivery>[2];
interface Settlement {
  status: Exclude<Outcome, "superseded">;
  values: Values;
  retryAt?: Date;
}

export async function settle(
  db: Db,
  delivery: DeliveryRow,
  result: DeliveryResult,
  now: Date,
): Promise<{ status: Outcome; retryAt?: Date }> {
  if (result.status === "failed" && result.deadEndpoint) {
    await markPushSubscriptionDead(db, delivery.workspaceId, result.deadEndpoint, result.error, now);
  }
  const s = settlementOf(delivery, result, now);
  if (!(await settleOwnedDelivery(db, delivery, { ...s.values, updatedAt: now })))
    return { status: "superseded" };
  return { status: s.status, retryAt: s.retryAt };
}

// A claimed row ends some other way (a delayed step's re-check cancelled it), under the same ownership rule.
export async function settleCancelled(
  db: Db,
  owner: LeaseOwner,
  values: Values,
  now: Date,
): Promise<boolean> {
  return settleOwnedDelivery(db, owner, { ...values, status: "cancelled", updatedAt: now, settledAt: now });
}

function settlementOf(delivery: DeliveryRow, result: DeliveryResult, now: Date): Settlement {
  if (result.status !== "failed") {
    const { status, providerId, providerStatus, summary, segments } = result;
    return {
      status,
      values: { status, providerId, providerStatus, summary, segments, settledAt: now, lastError: null },
    };
  }
  if (result.deadEndpoint) {
    return {
      status: "dead",
      values: { status: "dead", reason: "provider_error", lastError: result.error, settledAt: now },
    };
  }
  const settled = settleDelivery(
    { ok: false, transient: result.retryable, error: result.error },
    delivery.attempts,
    now,
  );
  if (settled.status === "retry") {
    // A provider that said when (429 Retry-After) is asked again then: sooner would be refused again.
    const retryAt =
      result.retryAfterSeconds !== undefined
        ? new Date(now.getTime() + result.retryAfterSeconds * 1000)
        : settled.retryAt;
    const values: Values = { status: "pending", lastError: result.error, nextAttemptAt: retryAt };
    return { status: "retrying", values, retryAt };
  }
  return {
    status: "failed",
    values: {
      status: "failed",
      reason: result.reason ?? "provider_error",
      lastError: result.error,
      settledAt: now,
    },
  };
}
