// What the availability form sends, validated: times as "HH:MM" in the member's time zone, no overlaps.
// Decision: an end earlier than the start is allowed and means "past midnight" (Fri 22:00–02:00);
// only an end equal to the start is refused, since it would be an empty (or a 24-hour) interval.
import { z } from "zod";
import { isKnownTimeZone } from "@/lib/time/time-zones";
import { coveredRanges, MINUTES_PER_DAY, type ScheduleInterval } from "./schedule";

export const weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
// The editor lists the week from Monday, as most of our members' calendars do.
export const weekdaysFromMonday = [1, 2, 3, 4, 5, 6, 0];

export const formatMinutes = (minutes: number) => {
  const m = minutes % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
};

const clockTime = (field: string) =>
  z
    .string({ message: `${field} is required` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${field} must be a time like 09:00`)
    .transform((value) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3)));

const intervalInput = z
  .object({
    weekday: z.number().int().min(0).max(6),
    start: clockTime("Start"),
    end: clockTime("End"),
  })
  .refine((interval) => interval.end !== interval.start, {
    message: "End must differ from start (an earlier end means past midnight)",
    path: ["end"],
  });

export const MAX_INTERVALS = 70;

function intervalLabel(interval: ScheduleInterval) {
  return `${weekdayNames[interval.weekday]} ${formatMinutes(interval.start)}–${formatMinutes(interval.end)}`;
}

// Each interval is compared with the earlier ones, overnight spill-over included, so the message names both.
function checkOverlaps(intervals: ScheduleInterval[], ctx: z.RefinementCtx) {
  intervals.forEach((interval, i) => {
    const clash = intervals
      .slice(0, i)
      .find((earlier) =>
        coveredRanges(earlier).some((a) =>
          coveredRanges(interval).some((b) => a.weekday === b.weekday && a.start < b.end && b.start < a.end),
        ),
      );
    if (clash) {
      ctx.addIssue({
        code: "custom",
        message: `Overlaps ${intervalLabel(clash)}`,
        path: ["intervals", i, "start"],
      });
    }
  });
}

export const scheduleInput = z
  .object({
    timeZone: z
      .string({ message: "Time zone is required" })
      .refine(isKnownTimeZone, "Time zone is not one we know: choose one from the list"),
    enabled: z.boolean(),
    intervals: z.array(intervalInput).max(MAX_INTERVALS, `At most ${MAX_INTERVALS} intervals a week`),
  })
  .superRefine((input, ctx) => checkOverlaps(input.intervals, ctx));

export type ScheduleInput = z.input<typeof scheduleInput>;
