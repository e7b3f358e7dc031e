import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import type { SlaTimer } from "@/db/schema";
import { visitorLabel } from "@/lib/chat/visitor-label";
import { slaStanding, slaTargetLabel } from "@/lib/sla/timers";
import { untilOrSince } from "@/lib/time/time-ago";

export interface TimerPastWarning {
  timer: SlaTimer;
  visitorId: string;
  visitorName: string | null;
  visitorEmail: string | null;
  assigneeName: string | null;
}

// Open conversations whose SLA clock passed its warning point (at risk) or its target (breached).
export function SlaAtRisk({ rows, now }: { rows: TimerPastWarning[]; now: Date }) {
  return (
    <section aria-labelledby="sla-heading" className="flex flex-col gap-3">
      <h2 id="sla-heading" className="text-lg font-semibold text-slate-900">
        SLA at risk or breached
      </h2>
      {rows.length === 0 ? (
        <EmptyState title="Every conversation is within its SLA">
          A conversation appears here once its warning point passes without the reply it awaits, and stays
          until someone replies or closes it. Targets are set per routing group in Settings → SLA.
        </EmptyState>
      ) : (
        <ul
          aria-label="SLA at risk or breached"
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
        >
          {rows.map(({ timer, ...r }) => {
            const breached = slaStanding(timer, now) === "breached";
            return (
              <li key={timer.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <div className="min-w-0">
                  <Link
                    href={`/inbox/${timer.conversationId}`}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {visitorLabel({ visitorId: r.visitorId, name: r.visitorName, email: r.visitorEmail })}
                  </Link>
                  <p className="text-sm text-slate-600">
                    {slaTargetLabel[timer.target]} · {r.assigneeName ?? "Unassigned"} · due{" "}
                    <time dateTime={timer.dueAt.toISOString()}>{untilOrSince(timer.dueAt, now)}</time>
                  </p>
                </div>
                <span
                  className={`rounded-full px-2 py-0.5 text-xs font-medium ${breached ? "bg-red-50 text-red-700" : "bg-amber-50 text-amber-800"}`}
                >
                  {breached ? "Breached" : "At risk"}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
