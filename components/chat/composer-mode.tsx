"use client";

import { type KeyboardEvent, useRef } from "react";

export type ComposerMode = "reply" | "note";

const modes: { value: ComposerMode; label: string }[] = [
  { value: "reply", label: "Reply" },
  { value: "note", label: "Internal note" },
];

// Reply to the visitor, or write a note only teammates see. Tabs (named by their text, not by <label>s, so
// "Reply" stays the composer's one label) controlling the textarea: one tab stop, arrows move and select.
export function ComposerModeSwitch({
  mode,
  controls,
  onChange,
}: {
  mode: ComposerMode;
  controls: string; // the textarea's id
  onChange: (mode: ComposerMode) => void;
}) {
  const group = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    if (!step) return;
    e.preventDefault();
    const i = (modes.findIndex((m) => m.value === mode) + step + modes.length) % modes.length;
    onChange(modes[i].value);
    group.current?.querySelectorAll<HTMLButtonElement>("[role=tab]")[i]?.focus();
  };
  return (
    <div
      ref={group}
      role="tablist"
      aria-label="Message type"
      className="flex gap-1 text-sm"
      onKeyDown={onKeyDown}
    >
      {modes.map((m) => {
        const checked = mode === m.value;
        return (
          <button
            key={m.value}
            type="button"
            role="tab"
            aria-selected={checked}
            aria-controls={controls}
            tabIndex={checked ? 0 : -1}
            onClick={() => onChange(m.value)}
            className={`rounded-md px-3 py-1 font-medium ${
              checked
                ? m.value === "note"
                  ? "bg-amber-100 text-amber-900"
                  : "bg-brand-50 text-brand-700"
                : "text-slate-600 hover:bg-slate-100"
            }`}
          >
            {m.label}
          </button>
        );
      })}
    </div>
  );
}
