// Weekly schedules, read and written per workspace. The planner's snapshot and round-robin routing read them
// joined to the members they belong to (notification-snapshot.ts, assignment.ts).
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { availabilitySchedules, type ScheduleInterval, users } from "../schema";

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
