import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { workspaces } from "./workspaces";

export const visitors = pgTable(
  "visitors",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text(),
    email: text(),
    phone: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.workspaceId, t.email)],
);

// A visitor's browsing session; it ends after 30 min without activity (RULES.md, "Visit").
export const visits = pgTable(
  "visits",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    visitorId: uuid()
      .notNull()
      .references(() => visitors.id, { onDelete: "cascade" }),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastActivityAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp({ withTimezone: true }),
    currentUrl: text(),
    pageViews: integer().notNull().default(0),
  },
  (t) => [index().on(t.workspaceId, t.visitorId)],
);

export type Visitor = typeof visitors.$inferSelect;
export type Visit = typeof visits.$inferSelect;
