// Notification settings: workspace defaults and each user's own choices (IC2), the Live View Notifications
// toggles (LV3, LV4), sound, and the browsers' web push subscriptions.
import { boolean, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { PreferenceSettings } from "@/lib/notifications/planner/preferences";
import { users } from "./auth";
import { workspaces } from "./workspaces";

// One row per workspace once an admin saves something; no row means every default.
export const workspaceNotificationSettings = pgTable("workspace_notification_settings", {
  workspaceId: uuid()
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  preferenceDefaults: jsonb().$type<PreferenceSettings>().notNull().default({}),
  liveViewNotifications: boolean().notNull().default(true), // LV3: default ON
  // X5 "Show message text outside the app": off, push, email, Slack and SMS name the visitor without the words.
  showMessageText: boolean().notNull().default(true),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const userNotificationSettings = pgTable(
  "user_notification_settings",
  {
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    preferences: jsonb().$type<PreferenceSettings>().notNull().default({}), // only what the user chose
    liveViewNotifications: boolean().notNull().default(true), // LV4: default ON
    sound: boolean().notNull().default(true),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.userId] })],
);

export const pushSubscriptions = pgTable(
  "push_subscriptions",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    endpoint: text().notNull().unique(),
    p256dh: text().notNull(),
    auth: text().notNull(),
    // IC2: "mobile" when the subscribing browser is the installed PWA on a phone (mobile_push), else "desktop"
    // (web_push). `label` names the device in Settings → Notifications ("Android phone", "Chrome on macOS").
    device: text({ enum: ["desktop", "mobile"] })
      .notNull()
      .default("desktop"),
    label: text(),
    // A push service answering 404/410 (or a malformed subscription): never sent to again, reason kept.
    deadAt: timestamp({ withTimezone: true }),
    deadReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.workspaceId, t.userId)],
);

export type PushSubscription = typeof pushSubscriptions.$inferSelect;
