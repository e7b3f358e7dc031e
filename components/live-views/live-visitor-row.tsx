import { Button } from "@/components/ui/button";
import { visitorLabel } from "@/lib/chat/visitor-label";
import { presenceAt } from "@/lib/live-views/live-list";
import type { VisitorOfflineReason } from "@/lib/presence/visitor-presence";
import type { LiveVisitorPayload } from "@/lib/realtime/events";
import { formatDuration } from "@/lib/time/format";

const offlineBecause: Record<VisitorOfflineReason, string> = {
  idle: "No activity for 4.5 minutes",
  hidden: "The page is hidden (another tab or minimised)",
  left: "Left the site",
};

export function LiveVisitorRow({
  row,
  now,
  highlighted,
  onStartChat,
}: {
  row: LiveVisitorPayload;
  now: number;
  highlighted: boolean; // LV6: the visitor of a Live View Notification
  onStartChat: () => void;
}) {
  const label = visitorLabel(row);
  const presence = presenceAt(row);
  return (
    <tr
      data-highlighted={highlighted || undefined}
      className={
        highlighted
          ? "bg-amber-50 outline-2 outline-amber-400 -outline-offset-2"
          : row.email
            ? "bg-brand-50/40"
            : undefined
      }
    >
      <td className="max-w-48 px-4 py-3">
        <p className="truncate font-medium text-slate-900">{label}</p>
        {highlighted && (
          <p className="text-xs font-medium text-amber-800">You were notified about this visitor</p>
        )}
        {row.name && row.email && <p className="truncate text-xs text-slate-500">{row.email}</p>}
      </td>
      <td className="px-4 py-3 text-slate-700">{row.company ?? "—"}</td>
      <td className="max-w-64 px-4 py-3">
        <p className="truncate text-slate-800">{row.currentTitle ?? "Untitled page"}</p>
        {row.currentUrl && <p className="truncate text-xs text-slate-500">{row.currentUrl}</p>}
      </td>
      <td className="px-4 py-3 text-slate-700 tabular-nums">{row.pageViews}</td>
      <td className="px-4 py-3 whitespace-nowrap text-slate-700 tabular-nums">
        {formatDuration(now - Date.parse(row.startedAt))}
      </td>
      <td className="px-4 py-3 whitespace-nowrap">
        <span
          title={presence.state === "offline" ? offlineBecause[presence.reason] : undefined}
          className="inline-flex items-center gap-1.5"
        >
          <span
            aria-hidden
            className={`size-2 rounded-full ${presence.state === "online" ? "bg-emerald-500" : "bg-slate-300"}`}
          />
          {presence.state === "online" ? "Online" : "Offline"}
        </span>
      </td>
      <td className="px-4 py-3 text-right">
        <Button variant="secondary" onClick={onStartChat} className="whitespace-nowrap">
          Start chat<span className="sr-only"> with {label}</span>
        </Button>
      </td>
    </tr>
  );
}
