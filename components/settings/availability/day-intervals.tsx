"use client";

import { Button } from "@/components/ui/button";
import { weekdayNames } from "@/lib/availability/schedule-input";

export interface EditableInterval {
  key: string;
  weekday: number;
  start: string;
  end: string;
}

interface DayIntervalsProps {
  weekday: number;
  // Each interval with its position in the submitted list, which the server's field errors refer to.
  intervals: { interval: EditableInterval; index: number }[];
  errorOf: (index: number, field: "start" | "end") => string | undefined;
  onChange: (key: string, field: "start" | "end", value: string) => void;
  onAdd: () => void;
  onRemove: (key: string) => void;
  onCopyToWeekdays: () => void;
}

const timeInput =
  "rounded-md border border-slate-300 px-2 py-1 text-sm aria-[invalid=true]:border-red-500 focus:border-brand-500";

// One weekday of the schedule editor: its intervals, each with start and end, and the day's buttons.
export function DayIntervals(props: DayIntervalsProps) {
  const day = weekdayNames[props.weekday];
  return (
    <fieldset className="border-b border-slate-100 py-3">
      <legend className="sr-only">{day}</legend>
      <div className="flex flex-wrap items-start gap-4">
        <span aria-hidden className="w-24 pt-1 text-sm font-medium text-slate-800">
          {day}
        </span>
        <ul className="flex flex-1 flex-col gap-2" aria-label={`${day} intervals`}>
          {props.intervals.length === 0 && <li className="pt-1 text-sm text-slate-500">Unavailable</li>}
          {props.intervals.map(({ interval, index }, n) => {
            const name = `${day} interval ${n + 1}`;
            const errors = [props.errorOf(index, "start"), props.errorOf(index, "end")].filter(Boolean);
            return (
              <li key={interval.key} className="flex flex-col gap-1">
                <div className="flex flex-wrap items-center gap-2">
                  {(["start", "end"] as const).map((field) => (
                    <input
                      key={field}
                      type="time"
                      aria-label={`${name} ${field}`}
                      value={interval[field]}
                      onChange={(event) => props.onChange(interval.key, field, event.target.value)}
                      aria-invalid={props.errorOf(index, field) ? true : undefined}
                      aria-describedby={errors.length ? `${interval.key}-error` : undefined}
                      className={timeInput}
                    />
                  ))}
                  <Button
                    variant="ghost"
                    aria-label={`Remove ${name}`}
                    onClick={() => props.onRemove(interval.key)}
                  >
                    Remove
                  </Button>
                </div>
                {errors.length > 0 && (
                  <p id={`${interval.key}-error`} className="text-xs text-red-600">
                    {errors.join(". ")}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
        <div className="flex gap-2">
          <Button variant="secondary" aria-label={`Add interval on ${day}`} onClick={props.onAdd}>
            Add
          </Button>
          {props.intervals.length > 0 && (
            <Button variant="ghost" aria-label={`Copy ${day} to weekdays`} onClick={props.onCopyToWeekdays}>
              Copy to weekdays
            </Button>
          )}
        </div>
      </div>
    </fieldset>
  );
}
