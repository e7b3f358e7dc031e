// What the notification planner needs per member (snapshot.Member.availability), for a whole workspace.
import type { Db } from "@/db/client";
import { loadMemberAvailability } from "@/db/queries/availability";
import { type Availability, availabilityOf } from "./schedule";

export async function availabilityByMember(
  db: Db,
  workspaceId: string,
  now: Date,
  userIds?: readonly string[],
): Promise<Map<string, Availability>> {
  const rows = await loadMemberAvailability(db, workspaceId, userIds);
  return new Map(rows.map((row) => [row.userId, availabilityOf(row, row.schedule, now)]));
}
