// Customer accounts (companies) of the built-in account source: who owns them and who their contacts are.
// Named customer_accounts because "accounts" is the Auth.js table of sign-in providers (db/schema/auth.ts).
import { sql } from "drizzle-orm";
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { crmConnections } from "./crm";
import { workspaces } from "./workspaces";

// Rows synced from a CRM carry their connection and CRM id (null for the built-in source); crmSeenAt is set by
// every full sweep, so rows it did not see were deleted in the CRM.
const crmColumns = () => ({
  crmConnectionId: uuid().references(() => crmConnections.id, { onDelete: "cascade" }),
  crmId: text(),
  crmModifiedAt: timestamp({ withTimezone: true }),
  crmSeenAt: timestamp({ withTimezone: true }),
});

export const customerAccounts = pgTable(
  "customer_accounts",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text().notNull(),
    // Lower-case, unique per workspace (checked under a workspace lock: arrays cannot carry a unique index).
    domains: text().array().notNull().default(sql`'{}'::text[]`),
    // SK4: a target account of account-based marketing.
    target: boolean().notNull().default(false),
    ...crmColumns(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Names are unique among built-in accounts only: a CRM may hold two "Acme Ltd".
    uniqueIndex("customer_accounts_workspace_name_idx")
      .on(t.workspaceId, sql`lower(${t.name})`)
      .where(sql`${t.crmConnectionId} is null`),
    index("customer_accounts_domains_idx").using("gin", t.domains),
    uniqueIndex().on(t.crmConnectionId, t.crmId),
  ],
);

// LV2: the account owner is a chat user; crmUserId is filled by a later CRM sync (null for built-in accounts).
export const accountOwners = pgTable(
  "account_owners",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    accountId: uuid()
      .notNull()
      .references(() => customerAccounts.id, { onDelete: "cascade" }),
    userId: text().references(() => users.id, { onDelete: "cascade" }),
    crmUserId: text(),
  },
  (t) => [uniqueIndex().on(t.accountId, t.userId)],
);

export const accountContacts = pgTable(
  "account_contacts",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    accountId: uuid()
      .notNull()
      .references(() => customerAccounts.id, { onDelete: "cascade" }),
    // Stored normalised (lib/accounts/contact.ts) so matching a visitor is an equality test.
    email: text(),
    phone: text(),
    name: text(),
    ...crmColumns(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.workspaceId, t.email),
    index().on(t.workspaceId, t.phone),
    index().on(t.accountId),
    uniqueIndex().on(t.crmConnectionId, t.crmId),
  ],
);

// Per-workspace settings of the built-in account source. accountBasedRouting feeds the planner's
// integrations.accountBasedRouting (LV2).
export const accountSourceSettings = pgTable("account_source_settings", {
  workspaceId: uuid()
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  accountBasedRouting: boolean().notNull().default(false),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type CustomerAccount = typeof customerAccounts.$inferSelect;
export type AccountContact = typeof accountContacts.$inferSelect;
