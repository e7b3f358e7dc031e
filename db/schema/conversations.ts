import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { leadQualifications } from "../../lib/chat/lead-qualification";
import { users } from "./auth";
import { routingGroups } from "./routing";
import { visitors } from "./visitors";
import { workspaces } from "./workspaces";

export const conversationStatusEnum = pgEnum("conversation_status", ["open", "closed"]);
export const initiatorEnum = pgEnum("conversation_initiator", ["visitor", "agent"]);
export const authorTypeEnum = pgEnum("message_author_type", ["visitor", "agent", "system"]);
export const messageChannels = ["widget", "web", "email", "sms", "whatsapp", "slack"] as const;
export const messageChannelEnum = pgEnum("message_channel", messageChannels);
// What a message is, beyond text (SK8): a teammate's booking link shown as a card in the widget (body = the URL),
// a request for the visitor's email / phone shown as a small form, and the visitor's answer to it.
export const messageKinds = ["text", "booking_link", "contact_request", "contact_answer"] as const;
export const messageKindEnum = pgEnum("message_kind", messageKinds);
// SK9: how a closed conversation's lead was qualified; null = not (yet) qualified, skipping is allowed.
export const leadQualificationEnum = pgEnum("lead_qualification", leadQualifications);

export const conversations = pgTable(
  "conversations",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    visitorId: uuid()
      .notNull()
      .references(() => visitors.id, { onDelete: "cascade" }),
    status: conversationStatusEnum().notNull().default("open"),
    initiator: initiatorEnum().notNull().default("visitor"),
    assigneeId: text().references(() => users.id, { onDelete: "set null" }),
    groupId: uuid().references(() => routingGroups.id, { onDelete: "set null" }),
    needsAssistance: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastMessageAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp({ withTimezone: true }),
    // SK6: the conversation's one Slack thread (its root message), in that channel.
    slackChannelId: text(),
    slackThreadTs: text(),
    // SK9: asked on closing (in the app or from Slack), changeable later.
    qualification: leadQualificationEnum(),
    qualifiedAt: timestamp({ withTimezone: true }),
    qualifiedById: text().references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    index().on(t.workspaceId, t.status, t.lastMessageAt),
    index().on(t.workspaceId, t.assigneeId),
    // One open conversation per visitor: two first messages at once (two tabs) cannot open two.
    uniqueIndex("conversations_one_open_per_visitor")
      .on(t.workspaceId, t.visitorId)
      .where(sql`status = 'open'`),
  ],
);

export const messages = pgTable(
  "messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    authorType: authorTypeEnum().notNull(),
    authorUserId: text().references(() => users.id, { onDelete: "set null" }),
    channel: messageChannelEnum().notNull(),
    kind: messageKindEnum().notNull().default("text"),
    // Internal notes are seen by teammates only, never by the visitor.
    internal: boolean().notNull().default(false),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readByVisitorAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.conversationId, t.createdAt)],
);

// How far each teammate has read a conversation (unread counts; `read_meanwhile` in the notification engine).
export const conversationReads = pgTable(
  "conversation_reads",
  {
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lastReadAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.userId] })],
);

export type Conversation = typeof conversations.$inferSelect;
export type NewConversation = typeof conversations.$inferInsert;
export type NewMessage = typeof messages.$inferInsert;
export type Message = typeof messages.$inferSelect;
