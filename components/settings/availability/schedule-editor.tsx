"use client";

import { startTransition, useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { saveAvailabilitySchedule } from "@/lib/actions/save-availability-schedule";
import { weekdaysFromMonday } from "@/lib/availability/schedule-input";
import { DayIntervals, type EditableInterval } from "./day-intervals";

interface ScheduleEditorProps {
  timeZone: string;
  timeZones: string[];
  enabled: boolean;
  intervals: Omit<EditableInterval, "key">[];
}

const WEEKDAYS = [1, 2, 3, 4, 5];
const newKey = () => crypto.randomUUID();

// The weekly schedule as editable state; saved as a whole so the server can check overlaps across days.
export function ScheduleEditor(props: ScheduleEditorProps) {
  const [timeZone, setTimeZone] = useState(props.timeZone);
  const [enabled, setEnabled] = useState(props.enabled);
  const [intervals, setIntervals] = useState<EditableInterval[]>(() =>
    props.intervals.map((interval) => ({ ...interval, key: newKey() })),
  );
  const [state, dispatch, pending] = useActionState(saveAvailabilitySchedule, undefined);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;

  const change = (key: string, field: "start" | "end", value: string) =>
    setIntervals((all) => all.map((i) => (i.key === key ? { ...i, [field]: value } : i)));
  const add = (weekday: number) =>
    setIntervals((all) => [...all, { key: newKey(), weekday, start: "09:00", end: "17:00" }]);
  const remove = (key: string) => setIntervals((all) => all.filter((i) => i.key !== key));
  // Copying replaces the other weekdays' intervals: the point is to make them the same.
  const copyToWeekdays = (from: number) =>
    setIntervals((all) => {
      const source = all.filter((i) => i.weekday === from);
      const targets = WEEKDAYS.filter((day) => day !== from);
      const kept = all.filter((i) => !targets.includes(i.weekday));
      const copies = targets.flatMap((weekday) => source.map((i) => ({ ...i, weekday, key: newKey() })));
      return [...kept, ...copies];
    });

  const save = () => {
    const payload = { timeZone, enabled, intervals: intervals.map(({ key: _key, ...i }) => i) };
    startTransition(() => dispatch(payload));
  };

  return (
    <form
      aria-label="Weekly schedule"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      className="flex flex-col gap-4"
    >
      {state && !state.ok && <Alert tone="error">{state.error}</Alert>}
      {state?.ok && <Alert tone="success">{state.message}</Alert>}
      <div className="max-w-md">
        <SelectField
          label="Time zone"
          value={timeZone}
          onChange={(event) => setTimeZone(event.target.value)}
          error={fieldErrors?.timeZone}
        >
          {props.timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </SelectField>
      </div>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
        Use my weekly schedule
      </label>
      <div>
        {weekdaysFromMonday.map((weekday) => (
          <DayIntervals
            key={weekday}
            weekday={weekday}
            intervals={intervals
              .map((interval, index) => ({ interval, index }))
              .filter(({ interval }) => interval.weekday === weekday)}
            errorOf={(index, field) => fieldErrors?.[`intervals.${index}.${field}`]}
            onChange={change}
            onAdd={() => add(weekday)}
            onRemove={remove}
            onCopyToWeekdays={() => copyToWeekdays(weekday)}
          />
        ))}
      </div>
      <p className="text-xs text-slate-500">
        An end earlier than the start runs past midnight (22:00–02:00).
      </p>
      <div>
        <Button type="submit" pending={pending}>
          Save schedule
        </Button>
      </div>
    </form>
  );
}
