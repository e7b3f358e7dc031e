import { sql } from "drizzle-orm";
import { boolean, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { workspaces } from "./workspaces";

export const routingGroups = pgTable(
  "routing_groups",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text().notNull(),
    // New conversations land in the default group; exactly one per workspace (partial unique index).
    isDefault: boolean().notNull().default(false),
    // Round-robin pointer: the member who got the group's last conversation.
    lastAssignedUserId: text().references(() => users.id, { onDelete: "set null" }),
    slackChannelId: text(), // SK1: the group's Slack channel
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("routing_groups_name_unique").on(t.workspaceId, sql`lower(${t.name})`),
    uniqueIndex("routing_groups_one_default").on(t.workspaceId).where(sql`${t.isDefault}`),
  ],
);

export const routingGroupMembers = pgTable(
  "routing_group_members",
  {
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    groupId: uuid()
      .notNull()
      .references(() => routingGroups.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] })],
);

export type RoutingGroup = typeof routingGroups.$inferSelect;
