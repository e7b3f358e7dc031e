"use client";

import { useOptimistic, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { setNotificationPreference } from "@/lib/actions/set-notification-preference";
import { setWorkspaceNotificationDefault } from "@/lib/actions/set-workspace-notification-default";
import {
  channelLabel,
  type PreferenceCell,
  scopeLabel,
  sourceLabel,
} from "@/lib/notifications/planner/preference-display";
import { type PreferenceScope, preferenceChannels } from "@/lib/notifications/planner/preferences";

interface MatrixProps {
  rows: { scope: PreferenceScope; cells: PreferenceCell[] }[];
  // "user": the member's own choices, with where each value comes from; "workspace": the admins' defaults.
  mode: "user" | "workspace";
}

// IC2 as a table: scope × channel, one labelled checkbox each; every change is saved at once.
export function PreferenceMatrix({ rows, mode }: MatrixProps) {
  const [error, setError] = useState<string | null>(null);
  const caption = mode === "user" ? "Your notifications" : "Workspace defaults";
  return (
    <div className="flex flex-col gap-3">
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}: which channels tell you about which conversations</caption>
          <thead className="border-b border-slate-200 text-xs text-slate-500 uppercase">
            <tr>
              <th scope="col" className="py-2 pr-4 font-medium">
                Conversations
              </th>
              {preferenceChannels.map((channel) => (
                <th key={channel} scope="col" className="px-3 py-2 font-medium">
                  {channelLabel[channel]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.scope}>
                <th scope="row" className="py-3 pr-4 font-medium text-slate-800">
                  {scopeLabel[row.scope]}
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.key} className="px-3 py-3 align-top">
                    <Cell cell={cell} mode={mode} onResult={setError} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
    </div>
  );
}

type SaveValue = "on" | "off" | "default";

function Cell({
  cell,
  mode,
  onResult,
}: {
  cell: PreferenceCell;
  mode: MatrixProps["mode"];
  onResult: (error: string | null) => void;
}) {
  const [pending, startTransition] = useTransition();
  // The box follows the click at once; the re-rendered page (source, reset button) takes over after the save.
  const [enabled, setShown] = useOptimistic(cell.enabled);
  const save = (value: SaveValue) =>
    startTransition(async () => {
      setShown(value === "default" ? cell.defaultValue : value === "on");
      // Only a member's own choice can be reset; a workspace default is always on or off.
      const result =
        mode === "workspace" && value !== "default"
          ? await setWorkspaceNotificationDefault(undefined, { key: cell.key, value })
          : await setNotificationPreference(undefined, { key: cell.key, value });
      onResult(result.ok ? null : (Object.values(result.fieldErrors ?? {})[0] ?? result.error));
    });
  const name = `${channelLabel[cell.channel]}: ${scopeLabel[cell.scope]}`;
  const label = mode === "user" ? name : `Default ${name}`;
  return (
    <div className="flex flex-col items-start gap-1">
      <input
        type="checkbox"
        aria-label={label}
        checked={enabled}
        disabled={pending}
        onChange={(event) => save(event.target.checked ? "on" : "off")}
        className="size-4 accent-brand-600"
      />
      {mode === "user" && <span className="text-xs text-slate-500">{sourceLabel[cell.source]}</span>}
      {mode === "user" && cell.source === "user" && (
        <Button
          variant="ghost"
          className="!px-1 !py-0.5 text-xs"
          aria-label={`Reset ${name} to workspace default`}
          disabled={pending}
          onClick={() => save("default")}
        >
          Reset to workspace default ({cell.defaultValue ? "on" : "off"})
        </Button>
      )}
    </div>
  );
}
