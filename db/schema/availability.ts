// Each member's weekly personal availability schedule (RULES.md "Agent availability": off_schedule).
// Intervals live in one jsonb column so a whole workspace's schedules load in one query for the planner;
// they are validated on write (lib/availability/schedule-input.ts), never trusted from the client.
import { boolean, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { workspaces } from "./workspaces";

// weekday: 0 = Sunday … 6 = Saturday (as Date#getDay). Minutes of the day in the member's own time zone.
// end < start means the interval runs past midnight into the next day (Fri 22:00–02:00).
export interface ScheduleInterval {
  weekday: number;
  start: number;
  end: number;
}

export const availabilitySchedules = pgTable(
  "availability_schedules",
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // Off: the member is never off schedule, whatever the intervals say (kept so turning it on restores them).
    enabled: boolean().notNull().default(false),
    intervals: jsonb().$type<ScheduleInterval[]>().notNull().default([]),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex().on(t.workspaceId, t.userId)],
);

export type AvailabilitySchedule = typeof availabilitySchedules.$inferSelect;
