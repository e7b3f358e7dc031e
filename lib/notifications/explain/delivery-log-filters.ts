// The delivery log's filters as they travel in the URL (?reason=dnd&channel=in_app&after=…): parsed with zod,
// an unknown value is dropped rather than failing the page, so an old or hand-edited link still opens.
import { z } from "zod";
import { deliveryStatuses } from "@/db/schema/outbox";
import { eventTypes } from "../events/event";
import { deliveryChannels, reasonCodes } from "../planner/decision";

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const deliveryLogQuery = z.object({
  recipient: optional(z.string().min(1).max(64)),
  channel: optional(z.enum(deliveryChannels)),
  reason: optional(z.enum(reasonCodes)),
  status: optional(z.enum(deliveryStatuses)),
  event: optional(z.enum(eventTypes)),
  conversation: optional(z.uuid()),
  after: optional(z.uuid()),
});
export type DeliveryLogQuery = z.infer<typeof deliveryLogQuery>;

export function parseDeliveryLogQuery(
  params: Record<string, string | string[] | undefined>,
): DeliveryLogQuery {
  const first = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]),
  );
  return deliveryLogQuery.parse(first);
}

export const toLogFilters = (q: DeliveryLogQuery) => ({
  recipientUserId: q.recipient,
  channel: q.channel,
  reason: q.reason,
  status: q.status,
  eventType: q.event,
  conversationId: q.conversation,
});

// The same filters as a URL, with one change (a next page, a cleared filter).
export function deliveryLogHref(q: DeliveryLogQuery, change: Partial<DeliveryLogQuery> = {}): string {
  const merged: Record<string, string | undefined> = { ...q, after: undefined, ...change };
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(merged)) if (v) params.set(k, v);
  const s = params.toString();
  return s ? `/settings/deliveries?${s}` : "/settings/deliveries";
}
