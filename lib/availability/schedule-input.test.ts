import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/errors";
import { type ScheduleInput, scheduleInput } from "./schedule-input";

const valid: ScheduleInput = {
  timeZone: "Europe/Paris",
  enabled: true,
  intervals: [
    { weekday: 1, start: "09:00", end: "12:00" },
    { weekday: 1, start: "13:00", end: "17:00" },
    { weekday: 5, start: "22:00", end: "02:00" },
  ],
};

const errorsOf = (input: ScheduleInput) => {
  const result = scheduleInput.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
};

describe("scheduleInput", () => {
  it("turns times into minutes of the day and keeps overnight intervals", () => {
    expect(scheduleInput.parse(valid).intervals).toEqual([
      { weekday: 1, start: 540, end: 720 },
      { weekday: 1, start: 780, end: 1020 },
      { weekday: 5, start: 1320, end: 120 },
    ]);
  });

  it.each([
    [
      "overlapping intervals on one day",
      { ...valid, intervals: [...valid.intervals, { weekday: 1, start: "11:00", end: "14:00" }] },
      { "intervals.3.start": "Overlaps Monday 09:00–12:00" },
    ],
    [
      "an overnight interval spilling into the next day's interval",
      { ...valid, intervals: [...valid.intervals, { weekday: 6, start: "01:00", end: "05:00" }] },
      { "intervals.3.start": "Overlaps Friday 22:00–02:00" },
    ],
    [
      "end equal to start",
      { ...valid, intervals: [{ weekday: 2, start: "09:00", end: "09:00" }] },
      { "intervals.0.end": "End must differ from start (an earlier end means past midnight)" },
    ],
    [
      "a time that is not a time",
      { ...valid, intervals: [{ weekday: 2, start: "25:00", end: "10:00" }] },
      { "intervals.0.start": "Start must be a time like 09:00" },
    ],
    [
      "an unknown time zone",
      { ...valid, timeZone: "Mars/Olympus_Mons" },
      { timeZone: "Time zone is not one we know: choose one from the list" },
    ],
  ])("refuses %s, naming the field", (_case, input, errors) => {
    expect(errorsOf(input)).toEqual(errors);
  });

  it("accepts touching intervals (the end is exclusive)", () => {
    const touching = {
      ...valid,
      intervals: [
        { weekday: 3, start: "09:00", end: "12:00" },
        { weekday: 3, start: "12:00", end: "13:00" },
      ],
    };
    expect(errorsOf(touching)).toEqual({});
  });
});
