// Secrets Herald generates for itself (the VAPID key pair when VAPID_* is unset), encrypted with ENCRYPTION_KEY.
// In the database rather than .data/ so every instance behind a load balancer shares the same ones.
import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const appSecrets = pgTable("app_secrets", {
  name: text().primaryKey(), // e.g. "vapid": one row per secret, the first instance to insert it wins
  value: text().notNull(), // lib/crypto encryptSecret(JSON)
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type AppSecret = typeof appSecrets.$inferSelect;
