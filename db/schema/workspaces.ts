import { sql } from "drizzle-orm";
import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const workspaces = pgTable("workspaces", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  // Public: goes in the widget's <script> tag and names the workspace to the widget API.
  publicKey: text().notNull().unique().default(sql`'pk_' || replace(gen_random_uuid()::text, '-', '')`),
  // Signs visitor identities (HMAC-SHA256 of the email); encrypted at rest (lib/crypto.ts). Created on first use.
  identitySecretEncrypted: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type Workspace = typeof workspaces.$inferSelect;
