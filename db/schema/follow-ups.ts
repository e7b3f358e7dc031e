// Visitor follow-ups (FU1–FU9): the workspace's Follow-up settings, each conversation's reply-by-email token
// (FU6, FU8), what each visitor's email address can still receive (FU9), and the inbound webhooks already seen.
import { boolean, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { conversations } from "./conversations";
import { visitors } from "./visitors";
import { workspaces } from "./workspaces";

// One row per workspace once an admin saves something; no row means every default (email on).
export const followUpSettings = pgTable("follow_up_settings", {
  workspaceId: uuid()
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  email: boolean().notNull().default(true),
  sms: boolean().notNull().default(false), // texts (FU4, FU5): off until an admin turns them on
  // FU5: the approved WhatsApp template (Twilio Content SID, HX…); unset: texts go by SMS only.
  whatsappContentSid: text(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

// The unguessable part of `reply+<token>@INBOUND_EMAIL_DOMAIN`: one per conversation (FU6), never its id.
export const conversationReplyTokens = pgTable("conversation_reply_tokens", {
  token: text().primaryKey(),
  workspaceId: uuid()
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  conversationId: uuid()
    .notNull()
    .unique()
    .references(() => conversations.id, { onDelete: "cascade" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

// FU9: a hard bounce or a complaint stops every email to that visitor (`no_contact`) until they opt back in.
export const visitorEmailStatusEnum = pgEnum("visitor_email_state", ["undeliverable", "complained"]);
export const visitorEmailStatus = pgTable("visitor_email_status", {
  visitorId: uuid()
    .primaryKey()
    .references(() => visitors.id, { onDelete: "cascade" }),
  workspaceId: uuid()
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  status: visitorEmailStatusEnum().notNull(),
  reason: text(),
  at: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

// Svix redelivers with the same `svix-id`: each provider webhook is applied once.
export const providerWebhooksSeen = pgTable("provider_webhooks_seen", {
  id: text().primaryKey(), // "<provider>:<svix-id>"
  receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type FollowUpSettingsRow = typeof followUpSettings.$inferSelect;
