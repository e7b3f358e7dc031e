// CRM connections (HubSpot; Salesforce and Pardot later): one per workspace and provider. A connection is just
// another account source: its accounts, owners and contacts live in customer_accounts / account_owners /
// account_contacts with crmConnectionId set, so Live View routing reads them unchanged.
import { sql } from "drizzle-orm";
import { boolean, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { workspaces } from "./workspaces";

export const crmProviders = ["hubspot", "salesforce", "pardot"] as const;
export type CrmProvider = (typeof crmProviders)[number];

export interface CrmSyncResult {
  ok: boolean;
  kind: "incremental" | "full";
  finishedAt: string;
  accounts: number;
  contacts: number;
  owners: number;
  deleted: number;
  skipped: number;
  errors: string[];
}

export const crmConnections = pgTable(
  "crm_connections",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    provider: text({ enum: crmProviders }).notNull(),
    // "needs_reconnect" after a 401: syncs stop until an admin pastes or authorises a new token.
    status: text({ enum: ["connected", "needs_reconnect"] })
      .notNull()
      .default("connected"),
    // lib/crypto.ts encryptSecret: never leaves the server. Empty for Pardot, which uses the workspace's
    // Salesforce connection's tokens.
    accessTokenEncrypted: text().notNull(),
    // Salesforce: the refresh token (rotated on refresh) and the org's API host (instance_url).
    refreshTokenEncrypted: text(),
    instanceUrl: text(),
    // Pardot: the Business Unit ID (0Uv…, 18 characters) sent with every call.
    businessUnitId: text(),
    accountBasedRouting: boolean().notNull().default(true),
    // Incremental cursors: the greatest last-modified time (ms) seen on a completed sync.
    accountsCursor: text(),
    contactsCursor: text(),
    lastFullSweepAt: timestamp({ withTimezone: true }),
    // The running sync, if any (one per connection, claimed by a conditional update). Stored so the progress
    // bar survives a reload and a second "Sync now" is refused.
    syncStartedAt: timestamp({ withTimezone: true }),
    syncHeartbeatAt: timestamp({ withTimezone: true }),
    syncKind: text({ enum: ["incremental", "full"] }),
    syncStage: text(),
    syncDone: integer().notNull().default(0),
    syncTotal: integer(),
    lastSyncResult: jsonb().$type<CrmSyncResult>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.workspaceId, t.provider)],
);

// CRM users (HubSpot owners): mapped to a Herald member by email, or by an admin's choice (mappedManually).
export const crmUsers = pgTable(
  "crm_users",
  {
    id: uuid().primaryKey().defaultRandom(),
    connectionId: uuid()
      .notNull()
      .references(() => crmConnections.id, { onDelete: "cascade" }),
    crmUserId: text().notNull(),
    email: text(),
    name: text(),
    userId: text().references(() => users.id, { onDelete: "set null" }),
    mappedManually: boolean().notNull().default(false),
    updatedAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [uniqueIndex().on(t.connectionId, t.crmUserId)],
);

export type CrmConnection = typeof crmConnections.$inferSelect;
export type CrmUser = typeof crmUsers.$inferSelect;

// An OAuth sign-in in progress (HubSpot, Salesforce): the `state` sent to the CRM, bound to the admin who
// started it and short-lived; the callback deletes the row, so a state works once. Salesforce's PKCE verifier
// waits here too.
export const crmOAuthStates = pgTable("crm_oauth_states", {
  state: text().primaryKey(),
  workspaceId: uuid()
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  userId: text()
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  provider: text({ enum: crmProviders }).notNull(),
  verifier: text(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
});
