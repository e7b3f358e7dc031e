import { boolean, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
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
    // What an unsigned (or legacy-signed) Herald('identify') claims: shown as unverified, never used to match an
    // account or to notify an owner. name/email/phone above are only ever set from a valid signature.
    unverifiedName: text(),
    unverifiedEmail: text(),
    unverifiedPhone: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // The visitor's realtime channel, as the channel-existence webhooks last told it (null: never told,
    // e.g. webhooks not configured). Several tabs share it; the time orders out-of-order and replayed webhooks.
    channelOccupied: boolean(),
    channelChangedAt: timestamp({ withTimezone: true }),
  },
  // FU8: an inbound text from a number Herald never texted is matched to a visitor who gave it.
  (t) => [index().on(t.workspaceId, t.email), index().on(t.phone), index().on(t.unverifiedPhone)],
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
    currentTitle: text(),
    referrer: text(),
    pageViews: integer().notNull().default(0),
    // Presence signals (lib/presence/visitor-presence.ts derives online/offline from them).
    // lastHeartbeatAt: the last sign of the page being there (page view, state report, channel occupied).
    lastHeartbeatAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    pageHidden: boolean().notNull().default(false),
    idle: boolean().notNull().default(false), // the loader saw no input for 270 s
    // Set by a goodbye (pagehide beacon) or the channel vacated; cleared by any later sign of the page.
    leftAt: timestamp({ withTimezone: true }),
  },
  (t) => [index().on(t.workspaceId, t.visitorId), index().on(t.workspaceId, t.lastActivityAt)],
);

export const pageViews = pgTable(
  "page_views",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    visitId: uuid()
      .notNull()
      .references(() => visits.id, { onDelete: "cascade" }),
    url: text().notNull(),
    title: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.visitId, t.createdAt)],
);

export type Visitor = typeof visitors.$inferSelect;
export type Visit = typeof visits.$inferSelect;
export type PageView = typeof pageViews.$inferSelect;
