import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { conversations } from "./conversations";
import { workspaces } from "./workspaces";

// The in-app notification center (RULES.md X4): every notification lands here, with read state.
export const notifications = pgTable(
  "notifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text().notNull(),
    title: text().notNull(),
    body: text().notNull().default(""),
    conversationId: uuid().references(() => conversations.id, { onDelete: "cascade" }),
    // X2: the in-app delivery that wrote it; a retry of the same delivery finds it instead of adding a second.
    // No foreign key: the center keeps the notification when old deliveries are cleaned up.
    deliveryId: uuid().unique(),
    readAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.workspaceId, t.userId, t.createdAt), index().on(t.workspaceId, t.createdAt)], // retention
);

export type Notification = typeof notifications.$inferSelect;
