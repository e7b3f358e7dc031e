// Visitor mobile push (FU3): the devices a customer's own app registered for its visitors, the receipts their app
// acknowledged, and the workspace's FCM / APNs credentials (encrypted).
import { index, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { deliveries } from "./outbox";
import { visitors } from "./visitors";
import { workspaces } from "./workspaces";

export const mobilePushProviders = ["fcm", "apns"] as const;
export type MobilePushProviderName = (typeof mobilePushProviders)[number];

export const visitorDevices = pgTable(
  "visitor_devices",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    visitorId: uuid()
      .notNull()
      .references(() => visitors.id, { onDelete: "cascade" }),
    provider: text({ enum: mobilePushProviders }).notNull(),
    token: text().notNull(),
    appId: text().notNull(), // APNs: the bundle id (apns-topic); FCM: the app's package / Firebase app id
    // APNs tokens belong to one environment: a development build's token sent to production is BadDeviceToken.
    environment: text({ enum: ["production", "development"] })
      .notNull()
      .default("production"),
    // UNREGISTERED / 404 (FCM), 410 Unregistered or BadDeviceToken (APNs): never used again, reason kept.
    deadAt: timestamp({ withTimezone: true }),
    deadReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.workspaceId, t.provider, t.token), index().on(t.workspaceId, t.visitorId)],
);

// The app's "I got it" for one push delivery: the waiting FU4 steps of the same event are then cancelled.
export const pushReceipts = pgTable("push_receipts", {
  deliveryId: uuid()
    .primaryKey()
    .references(() => deliveries.id, { onDelete: "cascade" }),
  workspaceId: uuid()
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  visitorId: uuid().notNull(),
  receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

// Settings → Follow-ups → Mobile push. Each value is lib/crypto encryptSecret(JSON); null: not configured.
export const mobilePushCredentials = pgTable("mobile_push_credentials", {
  workspaceId: uuid()
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  fcm: text(), // the Firebase service account JSON
  apns: text(), // { keyId, teamId, privateKey } (a .p8 token-auth key)
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type VisitorDevice = typeof visitorDevices.$inferSelect;
