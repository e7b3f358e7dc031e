import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { conversations } from "./conversations";
import { routingGroups } from "./routing";
import { workspaces } from "./workspaces";

// SLA policies (RULES.md SL1), one per routing group; targets are stored in minutes.
export const slaPolicies = pgTable(
  "sla_policies",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    groupId: uuid()
      .notNull()
      .references(() => routingGroups.id, { onDelete: "cascade" }),
    firstResponseMinutes: integer().notNull(),
    nextResponseMinutes: integer(),
    resolutionMinutes: integer(),
    warningPercent: integer().notNull().default(75),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("sla_policies_one_per_group").on(t.workspaceId, t.groupId),
    check("sla_policies_warning_percent", sql`${t.warningPercent} between 1 and 99`),
  ],
);

export const slaTargetEnum = pgEnum("sla_target", ["first_response", "next_response", "resolution"]);
export const slaTimerStates = ["running", "met", "cancelled"] as const;
export type SlaTimerState = (typeof slaTimerStates)[number];
export const slaTimerStateEnum = pgEnum("sla_timer_state", slaTimerStates);

// One clock per conversation and awaited reply. The pipeline's job fires sla.warning / sla.breached at
// warnAt / dueAt and stamps warnedAt / breachedAt, so each is sent at most once (SL3).
export const slaTimers = pgTable(
  "sla_timers",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    target: slaTargetEnum().notNull(),
    startedAt: timestamp({ withTimezone: true }).notNull(),
    warnAt: timestamp({ withTimezone: true }).notNull(),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    state: slaTimerStateEnum().notNull().default("running"),
    endedAt: timestamp({ withTimezone: true }),
    warnedAt: timestamp({ withTimezone: true }),
    breachedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    // A target has at most one running clock per conversation.
    uniqueIndex("sla_timers_one_running").on(t.conversationId, t.target).where(sql`${t.state} = 'running'`),
    index().on(t.workspaceId, t.state, t.warnAt),
  ],
);

export type SlaPolicyRow = typeof slaPolicies.$inferSelect;
export type SlaTimer = typeof slaTimers.$inferSelect;
export type NewSlaTimer = typeof slaTimers.$inferInsert;
