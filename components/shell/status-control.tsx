"use client";

import { startTransition, useActionState, useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import type { AvailabilityStatus } from "@/db/schema";
import { setAvailability } from "@/lib/actions/set-availability";
import {
  type AvailabilityChoice,
  availabilityChoiceLabel,
  availabilityChoices,
} from "@/lib/availability/dnd-choices";
import { effectiveStatus } from "@/lib/availability/effective-status";
import { statusLabel } from "@/lib/availability/status-label";
import { useDisclosure } from "./use-disclosure";

interface StatusControlProps {
  status: AvailabilityStatus;
  dndUntil: string | null;
  timeZone: string;
  // The server's clock at render, so the first client render matches the server's HTML.
  renderedAt: string;
}

// setTimeout takes at most 2^31-1 ms; a later end is re-checked when that timer fires.
const MAX_TIMER_MS = 2_147_483_647;

// Shows the member's availability (dot + label) and lets them switch between Available and Do Not Disturb.
export function StatusControl({ status, dndUntil, timeZone, renderedAt }: StatusControlProps) {
  const [now, setNow] = useState(() => new Date(renderedAt));
  // Each server render (a reload, or a change saved anywhere in the app) brings a fresh clock.
  const [clockFrom, setClockFrom] = useState(renderedAt);
  if (clockFrom !== renderedAt) {
    setClockFrom(renderedAt);
    setNow(new Date(renderedAt));
  }
  const availability = effectiveStatus({ status, dndUntil: dndUntil ? new Date(dndUntil) : null }, now);
  const label = statusLabel(availability, timeZone, now);
  const endsAt = availability.status === "dnd" ? availability.until?.getTime() : undefined;
  const { close, containerRef, triggerProps, panelProps } = useDisclosure();
  const [state, dispatch, pending] = useActionState(setAvailability, undefined);

  // A Do Not Disturb with an end flips back to Available on screen when it ends, without a reload.
  useEffect(() => {
    if (endsAt === undefined) return;
    const timer = setTimeout(
      () => setNow(new Date()),
      Math.min(Math.max(endsAt - Date.now(), 0), MAX_TIMER_MS),
    );
    return () => clearTimeout(timer);
  }, [endsAt]);

  useEffect(() => {
    if (state?.ok) {
      setNow(new Date());
      close();
    }
  }, [state, close]);

  const choose = (choice: AvailabilityChoice) => startTransition(() => dispatch({ choice }));

  return (
    <div ref={containerRef} className="relative">
      <button
        {...triggerProps}
        className="inline-flex items-center gap-2 rounded-md border border-slate-200 bg-white px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-50"
      >
        <StatusDot dnd={availability.status === "dnd"} />
        <span className="sr-only">Status: </span>
        {label}
      </button>
      <div
        {...panelProps}
        className="absolute right-0 z-20 mt-2 w-72 rounded-lg border border-slate-200 bg-white p-2 shadow-lg"
      >
        <fieldset className="flex flex-col">
          <legend className="sr-only">Set your status</legend>
          {availabilityChoices.map((choice) => (
            <button
              key={choice}
              type="button"
              disabled={pending}
              onClick={() => choose(choice)}
              className="flex items-center gap-2 rounded-md px-3 py-2 text-left text-sm text-slate-800 hover:bg-slate-100 disabled:text-slate-400"
            >
              <StatusDot dnd={choice !== "available"} />
              {availabilityChoiceLabel[choice]}
            </button>
          ))}
        </fieldset>
        {state && !state.ok && (
          <div className="mt-2">
            <Alert tone="error">{state.error}</Alert>
          </div>
        )}
        <p className="mt-2 px-3 text-xs text-slate-500">
          Times are in your time zone ({timeZone}). Do Not Disturb holds back notifications until it ends.
        </p>
      </div>
    </div>
  );
}

function StatusDot({ dnd }: { dnd: boolean }) {
  return (
    <span
      aria-hidden
      className={`inline-block size-2.5 shrink-0 rounded-full ${dnd ? "bg-red-500" : "bg-emerald-500"}`}
    />
  );
}
