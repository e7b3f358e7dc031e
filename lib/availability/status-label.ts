// How the status control names a member's current availability, in their own time zone:
// "Available", "Do Not Disturb", "Do Not Disturb until 14:30", "… until tomorrow 09:00", "… until 24 Nov 09:00".
import { isSameLocalDay, tomorrowAt } from "@/lib/time/zoned";
import type { EffectiveAvailability } from "./effective-status";

function clock(instant: Date, timeZone: string) {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
}

function dayAndMonth(instant: Date, timeZone: string) {
  return new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short" }).format(instant);
}

export function statusLabel(availability: EffectiveAvailability, timeZone: string, now: Date): string {
  if (availability.status === "available") return "Available";
  const { until } = availability;
  if (!until) return "Do Not Disturb";
  if (isSameLocalDay(until, now, timeZone)) return `Do Not Disturb until ${clock(until, timeZone)}`;
  if (isSameLocalDay(until, tomorrowAt(now, timeZone, 12), timeZone)) {
    return `Do Not Disturb until tomorrow ${clock(until, timeZone)}`;
  }
  return `Do Not Disturb until ${dayAndMonth(until, timeZone)} ${clock(until, timeZone)}`;
}
