import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { conversations } from "./conversations";
import { workspaces } from "./workspaces";

// "Need assistance" requests (RULES.md AS1/AS2): who asked and when, who turned it off and when.
// conversations.needsAssistance stays the quick flag the inbox reads; this keeps the history.
export const assistanceRequests = pgTable(
  "assistance_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    requestedBy: text().references(() => users.id, { onDelete: "set null" }),
    requestedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    clearedBy: text().references(() => users.id, { onDelete: "set null" }),
    clearedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // At most one open request per conversation: raising it twice is one request.
    uniqueIndex("assistance_requests_one_open").on(t.conversationId).where(sql`${t.clearedAt} is null`),
    index().on(t.workspaceId, t.clearedAt),
  ],
);

export type AssistanceRequest = typeof assistanceRequests.$inferSelect;
