// The notification outbox (RULES.md X1–X3): every event, every decision of the planner (sent or suppressed, with
// its reason), and one delivery per sent decision. Written in the same transaction as the domain write.
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { NotificationFacts } from "@/lib/notifications/content/facts";
import type { HeraldEvent } from "@/lib/notifications/events/event";
import type { DeliveryChannel, Presentation, ReasonCode, RuleId } from "@/lib/notifications/planner/decision";
import { workspaces } from "./workspaces";

export const notificationEvents = pgTable(
  "notification_events",
  {
    // The event's own id, derived from the domain fact (e.g. `message.created:<messageId>`): a replay collides.
    id: text().primaryKey(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    type: text().notNull(),
    payload: jsonb().$type<HeraldEvent>().notNull(),
    // X5: who and what the event is about (names, page, first words), read once when it was planned, so no
    // delivery queries them again. Null when the event sent nothing.
    facts: jsonb().$type<NotificationFacts>(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    plannedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.workspaceId, t.occurredAt)],
);

export const decisions = pgTable(
  "decisions",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    eventId: text()
      .notNull()
      .references(() => notificationEvents.id, { onDelete: "cascade" }),
    rule: text().$type<RuleId>().notNull(),
    outcome: text({ enum: ["send", "suppress"] }).notNull(),
    reason: text().$type<ReasonCode>().notNull(),
    recipientKind: text({ enum: ["user", "visitor", "slack_channel"] }).notNull(),
    recipientUserId: text(),
    recipientVisitorId: uuid(),
    recipientSlackChannelId: text(),
    channel: text().$type<DeliveryChannel>().notNull(),
    sendAt: timestamp({ withTimezone: true }).notNull(),
    idempotencyKey: text().notNull().unique(), // X2
    onceKey: text(), // LV7, SL3, follow-ups: found again by later events' snapshots
    presentation: jsonb().$type<Presentation>(),
    // For the "why (not)?" views; no foreign keys, so the log outlives the conversation it explains.
    conversationId: uuid(),
    visitId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.workspaceId, t.recipientUserId, t.createdAt),
    index().on(t.workspaceId, t.conversationId),
    index().on(t.workspaceId, t.visitId),
  ],
);

export const deliveryStatuses = [
  "pending",
  "sending",
  "delivered",
  "captured",
  "failed",
  "dead", // the destination itself is gone (expired push subscription): never retried
  "cancelled", // a delayed step whose condition no longer held (read_meanwhile, …)
] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

export const deliveries = pgTable(
  "deliveries",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    decisionId: uuid()
      .notNull()
      .unique()
      .references(() => decisions.id, { onDelete: "cascade" }),
    channel: text().$type<DeliveryChannel>().notNull(),
    status: text({ enum: deliveryStatuses }).notNull().default("pending"),
    reason: text().$type<ReasonCode>(), // why it was cancelled (a reason code), when it was
    attempts: integer().notNull().default(0),
    // The fencing token of the claim that holds the row: a sender whose lease ran out (and was re-claimed by
    // another) finds a different id here, so its late settle changes nothing (X2).
    leaseId: uuid(),
    lastError: text(),
    providerId: text(),
    providerStatus: text(), // receipts (Twilio status, Resend events) update this later
    summary: text(), // what a capture adapter rendered, shown in the delivery log
    segments: integer(), // a text's SMS segments (GSM-7 160/153, UCS-2 70/67): what the wallet charges (FU7)
    // When the worker may take it next: sendAt, a retry's backoff, or a claimed row's lease expiry.
    nextAttemptAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    settledAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.status, t.nextAttemptAt), index().on(t.workspaceId, t.createdAt)],
);

export type NotificationEventRow = typeof notificationEvents.$inferSelect;
export type DecisionRow = typeof decisions.$inferSelect;
export type NewDecisionRow = typeof decisions.$inferInsert;
export type DeliveryRow = typeof deliveries.$inferSelect;
