// Records what a channel adapter answered on the delivery row (X3): delivered or captured, a retry with backoff,
// failed with the provider's reason, or dead when the destination itself is gone.
import type { Db } from "@/db/client";
import { updateDelivery } from "@/db/queries/outbox";
import { markPushSubscriptionDead } from "@/db/queries/push-subscriptions";
import type { DeliveryRow, DeliveryStatus } from "@/db/schema";
import type { DeliveryResult } from "@/lib/channels/types";
import { settleDelivery } from "./delivery-checks";

export type Outcome = Exclude<DeliveryStatus, "pending" | "sending"> | "retrying";

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

export async function settle(
  db: Db,
  delivery: DeliveryRow,
  result: DeliveryResult,
  now: Date,
): Promise<{ status: Outcome; retryAt?: Date }> {
  const base = { updatedAt: now };
  if (result.status !== "failed") {
    const { status, providerId, providerStatus, summary } = result;
    await updateDelivery(db, delivery.id, {
      ...base,
      status,
      providerId,
      providerStatus,
      summary,
      settledAt: now,
      lastError: null,
    });
    return { status };
  }
  if (result.deadEndpoint) {
    await markPushSubscriptionDead(db, delivery.workspaceId, result.deadEndpoint, result.error, now);
    await updateDelivery(db, delivery.id, {
      ...base,
      status: "dead",
      reason: "provider_error",
      lastError: result.error,
      settledAt: now,
    });
    return { status: "dead" };
  }
  const settled = settleDelivery(
    { ok: false, transient: result.retryable, error: result.error },
    delivery.attempts,
    now,
  );
  if (settled.status === "retry") {
    await updateDelivery(db, delivery.id, {
      ...base,
      status: "pending",
      lastError: result.error,
      nextAttemptAt: settled.retryAt,
    });
    return { status: "retrying", retryAt: settled.retryAt };
  }
  await updateDelivery(db, delivery.id, {
    ...base,
    status: "failed",
    reason: "provider_error",
    lastError: result.error,
    settledAt: now,
  });
  return { status: "failed" };
}
