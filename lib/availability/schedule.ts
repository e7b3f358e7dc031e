// Whether a member is inside their weekly personal schedule, read on the wall clock of their own time zone,
// so daylight-saving changes need no special case: "09:00 Monday" is whatever instant shows 09:00 there.
import type { ScheduleInterval } from "@/db/schema/availability";
import { wallClockAt } from "@/lib/time/zoned";
import { isDoNotDisturb, type StoredAvailability } from "./effective-status";

export type { ScheduleInterval };
export const MINUTES_PER_DAY = 1440;

export interface WeeklySchedule {
  enabled: boolean;
  intervals: readonly ScheduleInterval[];
}

export type Availability = "available" | "dnd" | "off_schedule";

// An interval with end < start runs past midnight: it also covers [0, end) of the following weekday.
export const isOvernight = (interval: ScheduleInterval) => interval.end < interval.start;

// The stretches of one weekday an interval covers, as [start, end) minute ranges.
export function coveredRanges(interval: ScheduleInterval): { weekday: number; start: number; end: number }[] {
  if (!isOvernight(interval)) return [interval];
  return [
    { weekday: interval.weekday, start: interval.start, end: MINUTES_PER_DAY },
    { weekday: (interval.weekday + 1) % 7, start: 0, end: interval.end },
  ].filter((range) => range.end > range.start);
}

export function isOffSchedule(
  schedule: WeeklySchedule | null | undefined,
  timeZone: string,
  now: Date,
): boolean {
  // No schedule, or one switched off: the member is reachable at any hour.
  if (!schedule?.enabled) return false;
  const clock = wallClockAt(now, timeZone);
  const weekday = new Date(Date.UTC(clock.year, clock.month - 1, clock.day)).getUTCDay();
  const minute = clock.hour * 60 + clock.minute;
  const inside = schedule.intervals
    .flatMap(coveredRanges)
    .some((range) => range.weekday === weekday && minute >= range.start && minute < range.end);
  return !inside;
}

export interface MemberAvailabilityFacts extends StoredAvailability {
  timeZone: string;
}

// Do Not Disturb wins over the schedule: it is the member's explicit, current choice.
export function availabilityOf(
  member: MemberAvailabilityFacts,
  schedule: WeeklySchedule | null | undefined,
  now: Date,
): Availability {
  if (isDoNotDisturb(member, now)) return "dnd";
  if (isOffSchedule(schedule, member.timeZone, now)) return "off_schedule";
  return "available";
}

// A schedule as a left join returns it: both columns null when the member never saved one.
export const storedSchedule = (r: {
  scheduleEnabled: boolean | null;
  scheduleIntervals: ScheduleInterval[] | null;
}): WeeklySchedule | null =>
  r.scheduleEnabled === null || r.scheduleIntervals === null
    ? null
    : { enabled: r.scheduleEnabled, intervals: r.scheduleIntervals };
