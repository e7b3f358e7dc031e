// The SMS wallet (RULES.md FU7): each workspace's balance and auto-charge settings, its price per segment by
// destination country, and a ledger of every charge, refund, top-up and credit. Amounts in integer minor units
// (cents); the balance can never go below zero (a check, besides the conditional UPDATE that charges).
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { workspaces } from "./workspaces";

export const smsWallets = pgTable(
  "sms_wallets",
  {
    workspaceId: uuid()
      .primaryKey()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    balanceMinor: integer().notNull().default(0),
    // "paid" workspaces get the monthly credit; a workspace becomes paid when an admin saves a card.
    plan: text({ enum: ["free", "paid"] })
      .notNull()
      .default("free"),
    autoChargeEnabled: boolean().notNull().default(false),
    autoChargeAmountMinor: integer().notNull().default(2000),
    autoChargeThresholdMinor: integer().notNull().default(500),
    stripeCustomerId: text(),
    stripePaymentMethodId: text(),
    cardLabel: text(), // "visa •••• 4242", shown in Settings → Billing; never the number
    cardDeclinedAt: timestamp({ withTimezone: true }),
    // Numbers the top-ups, so each one's Stripe Idempotency-Key is known before the call (a retry after a crash
    // reuses it and Stripe answers with the same PaymentIntent instead of charging again).
    topUpCount: integer().notNull().default(0),
    // An "out of credit" episode: set when admins were told that texts are not sent, cleared by any credit.
    emptyNoticeAt: timestamp({ withTimezone: true }),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("sms_wallets_balance_not_negative", sql`${t.balanceMinor} >= 0`),
    check("sms_wallets_auto_charge_positive", sql`${t.autoChargeAmountMinor} > 0`),
  ],
);

// Admin-edited prices; a country without a row costs its default (lib/billing/prices.ts), else the fallback "*".
export const smsPrices = pgTable(
  "sms_prices",
  {
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    countryCode: text().notNull(), // ISO 3166-1 alpha-2, or "*" for every other country
    perSegmentMinor: integer().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.countryCode] }),
    check("sms_prices_not_negative", sql`${t.perSegmentMinor} >= 0`),
  ],
);

export const smsLedgerKinds = ["charge", "refund", "top_up", "credit"] as const;
export type SmsLedgerKind = (typeof smsLedgerKinds)[number];

export const smsLedger = pgTable(
  "sms_ledger",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    kind: text({ enum: smsLedgerKinds }).notNull(),
    amountMinor: integer().notNull(), // signed: a charge is negative
    balanceAfterMinor: integer().notNull(),
    // No foreign key: the ledger outlives the deliveries it explains.
    deliveryId: uuid(),
    // The Stripe PaymentIntent of a top-up, the month of a credit ("2026-12"), who added credit by hand.
    reference: text(),
    // Never twice: `charge:<delivery>`, `refund:<delivery>`, `top_up:<workspace>:<n>`, `credit:<workspace>:<month>`.
    uniqueKey: text().notNull().unique(),
    segments: integer(),
    countryCode: text(),
    actorUserId: text().references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.workspaceId, t.createdAt)],
);

export type SmsWallet = typeof smsWallets.$inferSelect;
export type SmsLedgerEntry = typeof smsLedger.$inferSelect;
