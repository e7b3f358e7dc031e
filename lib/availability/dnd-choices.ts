// The choices the status control offers, and the availability each one stores.
import { tomorrowAt } from "@/lib/time/zoned";
import type { StoredAvailability } from "./effective-status";

export const availabilityChoices = [
  "available",
  "dnd_for_an_hour",
  "dnd_until_tomorrow",
  "dnd_until_turned_off",
] as const;
export type AvailabilityChoice = (typeof availabilityChoices)[number];

export const availabilityChoiceLabel: Record<AvailabilityChoice, string> = {
  available: "Available",
  dnd_for_an_hour: "Do Not Disturb for 1 hour",
  dnd_until_tomorrow: "Do Not Disturb until tomorrow 9:00",
  dnd_until_turned_off: "Do Not Disturb until I turn it off",
};

const HOUR_MS = 3_600_000;
// "Tomorrow morning" is the start of a usual working day in the member's own time zone.
const TOMORROW_HOUR = 9;

export function availabilityFor(choice: AvailabilityChoice, now: Date, timeZone: string): StoredAvailability {
  switch (choice) {
    case "available":
      return { status: "available", dndUntil: null };
    case "dnd_for_an_hour":
      return { status: "dnd", dndUntil: new Date(now.getTime() + HOUR_MS) };
    case "dnd_until_tomorrow":
      return { status: "dnd", dndUntil: tomorrowAt(now, timeZone, TOMORROW_HOUR) };
    case "dnd_until_turned_off":
      return { status: "dnd", dndUntil: null };
  }
}
