// A sent group decision (outbox/compact.ts) that came due becomes one decision and one delivery per member, in
// one transaction with the group's own settle: each member is then sent, retried and re-checked (IC6) alone, as
// if the group had been stored per person, and a crash mid-way leaves the group to be expanded again, whole.
import type { Db } from "@/db/client";
import { insertDecisions, insertDeliveriesFor, settleOwnedDelivery } from "@/db/queries/outbox";
import type { DecisionRow, DeliveryRow, NewDecisionRow } from "@/db/schema";
import { membersOfDecision } from "../outbox/compact";

class LostLease extends Error {}

// The new deliveries' ids (due now), or null when another claim took the group meanwhile (nothing written).
export async function expandGroup(
  db: Db,
  delivery: DeliveryRow,
  group: DecisionRow,
  now: Date,
): Promise<string[] | null> {
  const { id: _group, ...shape } = group;
  const members = membersOfDecision<NewDecisionRow>(shape);
  try {
    return await db.transaction(async (tx) => {
      // Idempotent by the per-person keys: members already expanded (by an earlier run) are not added twice.
      const stored = await insertDecisions(tx, members);
      const rows = await insertDeliveriesFor(tx, stored, now);
      const mine = await settleOwnedDelivery(tx, delivery, {
        status: "delivered",
        providerStatus: `expanded into ${members.length} deliveries, one per member`,
        lastError: null,
        updatedAt: now,
        settledAt: now,
      });
      if (!mine) throw new LostLease();
      return rows.map((r) => r.id);
    });
  } catch (error) {
    if (error instanceof LostLease) return null;
    throw error;
  }
}
