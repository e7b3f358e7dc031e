// Wall-clock arithmetic in a named IANA time zone with Intl alone (no date library): enough for
// "tomorrow at 9:00 in my time zone", correct across daylight-saving changes.

export interface WallClock {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

// The wall clock in timeZone at the given instant.
export function wallClockAt(instant: Date, timeZone: string): WallClock & { second: number } {
  const parts = partsFormatter(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

// How far timeZone is ahead of UTC at that instant, in milliseconds.
function offsetAt(instant: Date, timeZone: string): number {
  const w = wallClockAt(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - (instant.getTime() - instant.getUTCMilliseconds());
}

// The instant when the wall clock in timeZone shows `clock`. A time skipped by a DST change resolves to the
// same clock time under the offset in force just before the change (e.g. 02:30 → 03:30), never an error.
export function instantAt(clock: WallClock, timeZone: string): Date {
  const guess = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute);
  const first = guess - offsetAt(new Date(guess), timeZone);
  // Second pass: the offset at the first estimate may differ from the offset at the guess near a DST change.
  return new Date(guess - offsetAt(new Date(first), timeZone));
}

// The calendar day after the one showing in timeZone at `now`, at hour:minute there.
export function tomorrowAt(now: Date, timeZone: string, hour: number, minute = 0): Date {
  const today = wallClockAt(now, timeZone);
  const next = new Date(Date.UTC(today.year, today.month - 1, today.day + 1));
  return instantAt(
    { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour, minute },
    timeZone,
  );
}

export const isSameLocalDay = (a: Date, b: Date, timeZone: string) => {
  const x = wallClockAt(a, timeZone);
  const y = wallClockAt(b, timeZone);
  return x.year === y.year && x.month === y.month && x.day === y.day;
};
