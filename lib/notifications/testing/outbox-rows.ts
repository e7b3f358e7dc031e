// Reads of the outbox for pipeline tests: the decisions and deliveries of one event.
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { decisions, deliveries } from "@/db/schema";

export async function outboxOf(db: Db, eventId: string) {
  const rows = await db
    .select({ decision: decisions, delivery: deliveries })
    .from(decisions)
    .leftJoin(deliveries, eq(deliveries.decisionId, decisions.id))
    .where(eq(decisions.eventId, eventId));
  return {
    decisions: rows.map((r) => r.decision),
    deliveries: rows.flatMap((r) => (r.delivery ? [{ ...r.delivery, decision: r.decision }] : [])),
  };
}
