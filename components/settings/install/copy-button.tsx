"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

// Copies text (or what `text()` returns, e.g. a secret fetched on demand) and says so for a moment.
export function CopyButton({
  text,
  label = "Copy",
  what,
}: {
  text: string | (() => Promise<string | null>);
  label?: string;
  what: string;
}) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const copy = async () => {
    try {
      const value = typeof text === "string" ? text : await text();
      if (value === null) throw new Error("nothing to copy");
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      setState("failed");
    }
    setTimeout(() => setState("idle"), 2000);
  };
  return (
    <Button variant="secondary" onClick={copy} aria-label={`${label} ${what}`}>
      {state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : label}
    </Button>
  );
}
