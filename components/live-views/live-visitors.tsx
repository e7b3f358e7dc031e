"use client";

import { useEffect, useState } from "react";
import { useRealtimeEvent } from "@/components/realtime/use-realtime-event";
import { EmptyState } from "@/components/ui/empty-state";
import { visitorLabel } from "@/lib/chat/visitor-label";
import { liveVisitorsAt, upsertLiveVisitor } from "@/lib/live-views/live-list";
import { channels } from "@/lib/realtime/channels";
import type { LiveVisitorPayload } from "@/lib/realtime/events";
import { LiveVisitorRow } from "./live-visitor-row";
import { type ChatTarget, StartChatDialog } from "./start-chat-dialog";

interface LiveVisitorsProps {
  workspaceId: string;
  userId: string;
  highlightedVisitorId: string | null; // LV6: from a notification's link (/live?visitor=…)
  visitors: LiveVisitorPayload[];
  renderedAt: string; // the server's clock at render
}

// Who is on the site now. Online/offline is recomputed every second here, because a visitor goes offline by
// idling, which sends no event. The clock is the server's (offset measured at load), as the signals are.
export function LiveVisitors({
  workspaceId,
  userId,
  highlightedVisitorId,
  visitors,
  renderedAt,
}: LiveVisitorsProps) {
  const [rows, setRows] = useState(visitors);
  const [loadedFrom, setLoadedFrom] = useState(visitors);
  if (loadedFrom !== visitors) {
    setLoadedFrom(visitors);
    setRows(visitors);
  }
  const [now, setNow] = useState(() => Date.parse(renderedAt));
  const [chatWith, setChatWith] = useState<ChatTarget | null>(null);
  const [highlighted, setHighlighted] = useState(highlightedVisitorId);

  useEffect(() => {
    const offset = Date.parse(renderedAt) - Date.now();
    const timer = setInterval(() => setNow(Date.now() + offset), 1_000);
    return () => clearInterval(timer);
  }, [renderedAt]);

  useRealtimeEvent(channels.workspace(workspaceId), "visitor.updated", (update) =>
    setRows((current) => upsertLiveVisitor(current, update)),
  );
  // LV6: the visitor a Live View Notification is about stands out while this page is open.
  useRealtimeEvent(channels.user(userId), "notification.created", (payload) => {
    if (payload.presentation.highlightVisitor) setHighlighted(payload.presentation.highlightVisitor);
  });

  const shown = liveVisitorsAt(rows, now);
  if (shown.length === 0) {
    return (
      <EmptyState title="Nobody is on your site right now">
        Visitors appear here as they browse your website, with the page they are on, once the Herald widget’s
        script tag is on your site. To see it work, open{" "}
        <a
          href="/demo"
          target="_blank"
          rel="noreferrer"
          className="text-brand-600 underline underline-offset-2"
        >
          the demo site
        </a>{" "}
        in another window.
      </EmptyState>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Visitors on your site now, known visitors first</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-500 uppercase">
          <tr>
            {["Visitor", "Company", "Current page", "Pages", "Time on site", "Status"].map((h) => (
              <th key={h} scope="col" className="px-4 py-2 font-medium">
                {h}
              </th>
            ))}
            <th scope="col" className="px-4 py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {shown.map((row) => (
            <LiveVisitorRow
              key={row.visitId}
              row={row}
              now={now}
              highlighted={row.visitorId === highlighted}
              onStartChat={() =>
                setChatWith({ visitorId: row.visitorId, label: visitorLabel(row), name: row.name })
              }
            />
          ))}
        </tbody>
      </table>
      <StartChatDialog target={chatWith} onClose={() => setChatWith(null)} />
    </div>
  );
}
