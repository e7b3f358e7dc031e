import { sql } from "drizzle-orm";
import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const workspaces = pgTable("workspaces", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  // Public: goes in the widget's <script> tag and names the workspace to the widget API.
  publicKey: text().notNull().unique().default(sql`'pk_' || replace(gen_random_uuid()::text, '-', '')`),
  // Signs visitor identities (HMAC-SHA256 of the email); encrypted at rest (lib/crypto.ts). Created on first use.
  identitySecretEncrypted: text(),
  // How Herald('identify') signatures are checked (lib/widget/identity.ts): "v2" signs email, phone, name and
  // an issued-at time; "legacy" (v1, weaker) signs the email alone, forever, and leaves phone and name unverified.
  identityVerification: text({ enum: ["v2", "legacy"] })
    .notNull()
    .default("v2"),
  // Mixed with AUTH_SECRET into the key of this workspace's visitor tokens (lib/widget/visitor-token.ts):
  // replacing it revokes every visitor token at once. Useless without AUTH_SECRET, so stored as is.
  widgetSecret: text().notNull().default(sql`replace(gen_random_uuid()::text, '-', '')`),
  // Site origins allowed to frame the chat widget (Settings → Install → Allowed domains); empty: any site.
  allowedOrigins: text().array().notNull().default(sql`'{}'::text[]`),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type Workspace = typeof workspaces.$inferSelect;
