"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { syncCrmNow } from "@/lib/actions/crm-connection";
import type { CrmConnectionView } from "@/lib/crm/view";

const POLL_MS = 1000;

// Fixed format and zone: the server's render and the browser's must produce the same text.
const finishedLabel = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

const elapsed = (since: string, now: number) => {
  const s = Math.max(0, Math.round((now - Date.parse(since)) / 1000));
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m ${s % 60}s`;
};

// "Sync now" and the running sync's progress (stage, done of total, elapsed), read from the server every
// second while a sync runs, so it survives a reload; then the last result.
export function CrmSyncPanel({ initial }: { initial: CrmConnectionView }) {
  const router = useRouter();
  const [view, setView] = useState(initial);
  // Null until hydrated: the elapsed time is only shown by the browser, and the buttons stay disabled until
  // a click can reach the action.
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => setNow(Date.now()), []);
  const [state, dispatch, pending] = useActionState(syncCrmNow, undefined);
  const running = view.running;
  const polling = running !== null;

  useEffect(() => setView(initial), [initial]);
  // The action answers with the claimed sync: polling starts from it and stops once it has finished.
  useEffect(() => {
    if (state?.ok && state.data) setView(state.data);
  }, [state]);
  useEffect(() => {
    if (!polling) return;
    const timer = setInterval(async () => {
      setNow(Date.now());
      const response = await fetch(`/api/integrations/crm/${initial.id}`, { cache: "no-store" });
      if (!response.ok) return;
      const next = (await response.json()) as CrmConnectionView;
      setView(next);
      // Finished: reload the server parts (owners and their account counts).
      if (!next.running && next.lastResult?.finishedAt !== view.lastResult?.finishedAt) router.refresh();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [polling, initial.id, router, view.lastResult?.finishedAt]);

  const start = (kind: "incremental" | "full") =>
    startTransition(() => dispatch({ connectionId: view.id, kind }));
  const result = view.lastResult;
  const percent = running?.total ? Math.min(100, Math.round((running.done / running.total) * 100)) : null;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        <Button
          onClick={() => start("incremental")}
          pending={pending}
          disabled={now === null || running !== null}
        >
          Sync now
        </Button>
        <Button
          variant="secondary"
          onClick={() => start("full")}
          disabled={now === null || pending || running !== null}
        >
          Full sweep
        </Button>
      </div>
      {running && (
        <div className="flex flex-col gap-1" aria-live="polite">
          <progress
            aria-label="Sync progress"
            className="h-2 w-full"
            max={100}
            value={percent ?? undefined}
          />
          <p className="text-sm text-slate-700" data-testid="sync-progress">
            {running.stage}: {running.done.toLocaleString("en")}
            {running.total !== null && ` of ${running.total.toLocaleString("en")}`}
            {now !== null && ` · ${elapsed(running.startedAt, now)}`}
          </p>
        </div>
      )}
      {state && !state.ok && <Alert tone="error">{state.error}</Alert>}
      {!running && result && (
        <div data-testid="sync-result">
          <Alert tone={result.ok ? "success" : "error"}>
            {result.ok ? "Last sync" : "Last sync failed"} ({result.kind}, {finishedLabel(result.finishedAt)}
            ): {result.accounts.toLocaleString("en")} accounts, {result.contacts.toLocaleString("en")}{" "}
            contacts, {result.owners} owners, {result.deleted} deleted, {result.skipped} skipped (did not
            parse).
            {result.errors.length > 0 && ` Errors: ${result.errors.join("; ")}`}
          </Alert>
        </div>
      )}
    </div>
  );
}
