// A member's availability as it is right now: a Do Not Disturb whose end has passed counts as Available,
// so nobody has to clear an expired DND for notifications to reach them again.
import type { AvailabilityStatus } from "@/db/schema";

export interface StoredAvailability {
  status: AvailabilityStatus;
  // When the Do Not Disturb ends by itself; null means "until turned off".
  dndUntil: Date | null;
}

export type EffectiveAvailability = { status: "available" } | { status: "dnd"; until: Date | null };

export function effectiveStatus(stored: StoredAvailability, now: Date): EffectiveAvailability {
  if (stored.status !== "dnd") return { status: "available" };
  if (stored.dndUntil && stored.dndUntil.getTime() <= now.getTime()) return { status: "available" };
  return { status: "dnd", until: stored.dndUntil };
}

export const isDoNotDisturb = (stored: StoredAvailability, now: Date) =>
  effectiveStatus(stored, now).status === "dnd";
