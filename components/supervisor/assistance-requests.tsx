import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { visitorLabel } from "@/lib/chat/visitor-label";
import { timeAgo } from "@/lib/time/time-ago";
import { TurnOffAssistanceButton } from "./turn-off-assistance-button";

export interface OpenAssistanceRequest {
  id: string;
  conversationId: string;
  requestedAt: Date;
  requestedByName: string | null;
  visitorId: string;
  visitorName: string | null;
  visitorEmail: string | null;
}

// Agents waiting for help, longest waiting first.
export function AssistanceRequests({ requests, now }: { requests: OpenAssistanceRequest[]; now: Date }) {
  return (
    <section aria-labelledby="assistance-heading" className="flex flex-col gap-3">
      <h2 id="assistance-heading" className="text-lg font-semibold text-slate-900">
        Assistance requests
      </h2>
      {requests.length === 0 ? (
        <EmptyState title="No one is asking for help">
          When an agent presses “Need assistance” in a conversation, the request appears here until it is
          turned off.
        </EmptyState>
      ) : (
        <ul
          aria-label="Assistance requests"
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
        >
          {requests.map((r) => {
            const visitor = visitorLabel({
              visitorId: r.visitorId,
              name: r.visitorName,
              email: r.visitorEmail,
            });
            const agent = r.requestedByName ?? "A former teammate";
            return (
              <li key={r.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <div className="min-w-0">
                  <Link
                    href={`/inbox/${r.conversationId}`}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {visitor}
                  </Link>
                  <p className="text-sm text-slate-600">
                    {agent} asked for help{" "}
                    <time dateTime={r.requestedAt.toISOString()}>{timeAgo(r.requestedAt, now)}</time>
                  </p>
                </div>
                <TurnOffAssistanceButton conversationId={r.conversationId} label={`${agent} on ${visitor}`} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
