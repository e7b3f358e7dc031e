// The domain events the planner reacts to: validated with zod where they enter (outbox replay, jobs), typed
// everywhere else. Events carry facts that happened; what the world looks like comes from the Snapshot.
import { z } from "zod";
import { crmProviders } from "@/db/schema/crm";

const id = z.string().min(1);
const base = { id, workspaceId: id, occurredAt: z.coerce.date() };

export const slaTargets = ["first_response", "next_response", "resolution"] as const;
export type SlaTarget = (typeof slaTargets)[number];

const messageAuthor = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("visitor") }),
  z.object({ kind: z.literal("agent"), userId: id }),
  z.object({ kind: z.literal("system") }),
]);

const slaFields = { ...base, conversationId: id, target: z.enum(slaTargets), dueAt: z.coerce.date() };

export const heraldEventSchema = z.discriminatedUnion("type", [
  // LV1: a visitor starting a visit (page views within a visit emit nothing).
  z.object({ ...base, type: z.literal("visit.started"), visitorId: id, visitId: id }),
  // IC1/IC3, SK1–SK5. The visitor's opening message emits only this event, not message.created as well.
  z.object({ ...base, type: z.literal("conversation.created"), conversationId: id, visitorId: id }),
  // IC5/IC6 (visitor message), IC8 (internal note with @mentions).
  z.object({
    ...base,
    type: z.literal("message.created"),
    conversationId: id,
    messageId: id,
    author: messageAuthor,
    internal: z.boolean(),
    mentionedUserIds: z.array(id).default([]),
  }),
  // IC7: the visitor cancelled a chat request nobody had accepted yet.
  z.object({ ...base, type: z.literal("chat_request.cancelled"), conversationId: id }),
  // AS1/AS2.
  z.object({ ...base, type: z.literal("assistance.requested"), conversationId: id, requestedBy: id }),
  z.object({ ...base, type: z.literal("assistance.cleared"), conversationId: id, clearedBy: id }),
  // SL2/SL3: fired by the SLA timer job at the warning point and at the target.
  z.object({ ...slaFields, type: z.literal("sla.warning") }),
  z.object({ ...slaFields, type: z.literal("sla.breached") }),
  // FU1–FU4: the visitor went offline (RULES.md "Visitor presence") while a conversation is open.
  z.object({ ...base, type: z.literal("visitor.went_offline"), conversationId: id, visitorId: id }),
  // Issue 13 (CRM sync), failures visible: a CRM refused the connection's credentials (once per episode).
  z.object({
    ...base,
    type: z.literal("crm.needs_reconnect"),
    connectionId: id,
    provider: z.enum(crmProviders),
  }),
]);

export type HeraldEvent = z.infer<typeof heraldEventSchema>;
export type EventType = HeraldEvent["type"];
export type EventOf<T extends EventType> = Extract<HeraldEvent, { type: T }>;
export type EventMap = { [E in HeraldEvent as E["type"]]: E };

export const eventTypes = [
  "visit.started",
  "conversation.created",
  "message.created",
  "chat_request.cancelled",
  "assistance.requested",
  "assistance.cleared",
  "sla.warning",
  "sla.breached",
  "visitor.went_offline",
  "crm.needs_reconnect",
] as const satisfies readonly EventType[];

// Fails to compile when a schema is added without listing its type above.
type Missing = Exclude<EventType, (typeof eventTypes)[number]>;
const _allListed: Missing extends never ? true : Missing = true;
void _allListed;

export const parseEvent = (input: unknown): HeraldEvent => heraldEventSchema.parse(input);
