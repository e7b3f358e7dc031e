// The Slack integration of a workspace (one team per workspace) and its user mappings (SK1–SK7, LV6).
import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { workspaces } from "./workspaces";

export const slackIntegrations = pgTable("slack_integrations", {
  workspaceId: uuid()
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  teamId: text().notNull(),
  teamName: text().notNull(),
  botUserId: text().notNull(),
  botToken: text().notNull(), // lib/crypto encryptSecret
  signingSecret: text().notNull(), // lib/crypto encryptSecret
  // "connected" until Slack says the token is dead (invalid_auth, token_revoked: SK10) or an admin disconnects.
  status: text({ enum: ["connected", "disconnected"] })
    .notNull()
    .default("connected"),
  statusReason: text(),
  globalChannelId: text(), // SK5: set = "Global channel" ON
  // SK11: channels are typed in by id instead of picked from conversations.list (huge or locked-down teams).
  useChannelIds: boolean().notNull().default(false),
  // SK10: channels a post failed in, with Slack's reason (channel id → error), shown to admins until fixed.
  flaggedChannels: text().array().notNull().default(sql`'{}'::text[]`),
  connectedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const slackUserMappings = pgTable(
  "slack_user_mappings",
  {
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    slackUserId: text().notNull(),
    source: text({ enum: ["email", "manual"] })
      .notNull()
      .default("email"),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.userId] }),
    uniqueIndex("slack_user_mappings_slack_user").on(t.workspaceId, t.slackUserId),
  ],
);

// SK7 X2: Events API deliveries already taken, by Slack's event_id (retries are harmless).
export const slackEventReceipts = pgTable("slack_event_receipts", {
  eventId: text().primaryKey(),
  receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

// "Add to Slack": an OAuth state handed out to one admin's browser, by its SHA-256 (the state itself only travels
// to Slack and back, and in that browser's cookie); taken once, within minutes.
export const slackOAuthStates = pgTable("slack_oauth_states", {
  stateHash: text().primaryKey(),
  workspaceId: uuid()
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  userId: text()
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
});

// SK6: a thread line Slack refused for a passing reason (429, network, 5xx), posted again by the worker's sweep
// when due; removed once posted, or given up after the outbox's 5 attempts.
export const slackMirrorRetries = pgTable(
  "slack_mirror_retries",
  {
    eventId: text().primaryKey(), // the message.created event whose line it is
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    attempts: integer().notNull(),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull(),
    lastError: text().notNull(),
  },
  (t) => [index().on(t.nextAttemptAt)],
);

export type SlackIntegrationRow = typeof slackIntegrations.$inferSelect;
export type SlackUserMapping = typeof slackUserMappings.$inferSelect;
