// FU6: the workspace's own sender domain for follow-up emails, as Resend's domains API reports it. Follow-ups go
// from it only once Resend says it is verified; until then from EMAIL_FROM.
import { jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { workspaces } from "./workspaces";

export interface SenderDomainRecord {
  record: string; // SPF, DKIM, MX, …
  type: string; // TXT, MX, CNAME
  name: string;
  value: string;
  status: string;
  priority?: number;
}

export const senderDomains = pgTable("sender_domains", {
  workspaceId: uuid()
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  domain: text().notNull(),
  resendDomainId: text().notNull(),
  status: text().notNull(), // Resend's: not_started, pending, verified, failed, temporary_failure
  records: jsonb().$type<SenderDomainRecord[]>().notNull().default([]),
  checkedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type SenderDomainRow = typeof senderDomains.$inferSelect;
