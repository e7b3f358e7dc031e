"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { TestOutcome } from "@/lib/channels/test-notification";

const tone: Record<TestOutcome["outcome"], string> = {
  delivered: "text-emerald-700",
  captured: "text-slate-700",
  failed: "text-red-700",
};

// One "Send me a test …" button with its own outcome beside it, so several tests can be read side by side.
export function TestChannel(props: { label: string; note: string; send: () => Promise<TestOutcome> }) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<TestOutcome | null>(null);
  const run = () => startTransition(async () => setResult(await props.send()));
  return (
    <li className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" pending={pending} onClick={run}>
          Send me a test {props.label}
        </Button>
        <span className="text-slate-600">{props.note}</span>
      </div>
      <p
        role="status"
        aria-label={`Test ${props.label} result`}
        className={result ? tone[result.outcome] : ""}
      >
        {result?.message}
      </p>
    </li>
  );
}
