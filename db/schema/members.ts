import { sql } from "drizzle-orm";
import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { workspaces } from "./workspaces";

export const roles = ["admin", "supervisor", "agent"] as const;
export type Role = (typeof roles)[number];
export const roleEnum = pgEnum("role", roles);

export const availabilityStatuses = ["available", "dnd"] as const;
export type AvailabilityStatus = (typeof availabilityStatuses)[number];
export const availabilityStatusEnum = pgEnum("availability_status", availabilityStatuses);

export const memberships = pgTable(
  "memberships",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: roleEnum().notNull().default("agent"),
    status: availabilityStatusEnum().notNull().default("available"),
    // Do Not Disturb ends by itself at this time when set (null: until turned off).
    dndUntil: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.workspaceId, t.userId), index().on(t.userId)],
);

export const invitations = pgTable(
  "invitations",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    email: text().notNull(),
    role: roleEnum().notNull().default("agent"),
    // Only the SHA-256 of the token is stored: a database leak does not leak usable invite links.
    tokenHash: text().notNull().unique(),
    invitedByUserId: text().references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // One pending invitation per email and workspace.
  (t) => [uniqueIndex().on(t.workspaceId, t.email).where(sql`${t.acceptedAt} is null`)],
);

export type Membership = typeof memberships.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
