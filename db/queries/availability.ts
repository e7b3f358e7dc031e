// Weekly schedules, read and written per workspace. The planner loads every member's availability facts
// in one query (loadMemberAvailability) and derives available | dnd | off_schedule from them.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { availabilitySchedules, memberships, type ScheduleInterval, users } from "../schema";

export interface StoredSchedule {
  enabled: boolean;
  intervals: ScheduleInterval[];
}

export async function findSchedule(
  db: Db,
  workspaceId: string,
  userId: string,
): Promise<StoredSchedule | null> {
  const [row] = await db
    .select({ enabled: availabilitySchedules.enabled, intervals: availabilitySchedules.intervals })
    .from(availabilitySchedules)
    .where(and(eq(availabilitySchedules.workspaceId, workspaceId), eq(availabilitySchedules.userId, userId)));
  return row ?? null;
}

// The member's schedule and time zone together: both are read on the wall clock of that zone.
export async function saveSchedule(
  db: Db,
  workspaceId: string,
  userId: string,
  params: StoredSchedule & { timeZone: string },
) {
  const { timeZone, ...schedule } = params;
  await db.transaction(async (tx) => {
    await tx.update(users).set({ timeZone }).where(eq(users.id, userId));
    await tx
      .insert(availabilitySchedules)
      .values({ workspaceId, userId, ...schedule })
      .onConflictDoUpdate({
        target: [availabilitySchedules.workspaceId, availabilitySchedules.userId],
        set: { ...schedule, updatedAt: sql`now()` },
      });
  });
}

export interface MemberAvailabilityRow {
  userId: string;
  status: "available" | "dnd";
  dndUntil: Date | null;
  timeZone: string;
  schedule: StoredSchedule | null;
}

// Every member of the workspace (or the given ones) with DND, time zone and schedule: one query.
export async function loadMemberAvailability(
  db: Db,
  workspaceId: string,
  userIds?: readonly string[],
): Promise<MemberAvailabilityRow[]> {
  const rows = await db
    .select({
      userId: memberships.userId,
      status: memberships.status,
      dndUntil: memberships.dndUntil,
      timeZone: users.timeZone,
      enabled: availabilitySchedules.enabled,
      intervals: availabilitySchedules.intervals,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(
      availabilitySchedules,
      and(
        eq(availabilitySchedules.workspaceId, memberships.workspaceId),
        eq(availabilitySchedules.userId, memberships.userId),
      ),
    )
    .where(
      and(
        eq(memberships.workspaceId, workspaceId),
        userIds ? inArray(memberships.userId, [...userIds]) : undefined,
      ),
    );
  return rows.map(({ enabled, intervals, ...row }) => ({
    ...row,
    schedule: enabled === null || intervals === null ? null : { enabled, intervals },
  }));
}
