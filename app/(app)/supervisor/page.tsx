import type { Metadata } from "next";
import { AssistanceRequests } from "@/components/supervisor/assistance-requests";
import { SlaAtRisk } from "@/components/supervisor/sla-at-risk";
import { SupervisorLiveRefresh } from "@/components/supervisor/supervisor-live-refresh";
import { PageHeader } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { listOpenAssistanceRequests } from "@/db/queries/assistance";
import { listTimersPastWarning } from "@/db/queries/sla-timers";
import { requireMember } from "@/lib/auth/member";

export const metadata: Metadata = { title: "Supervisor" };

// Where the team needs help: assistance requests (AS1/AS2) and SLA clocks past their warning point.
export default async function SupervisorPage() {
  const member = await requireMember("supervisor");
  const db = getDb();
  const now = new Date();
  const [requests, atRisk] = await Promise.all([
    listOpenAssistanceRequests(db, member.workspaceId),
    listTimersPastWarning(db, member.workspaceId, now),
  ]);
  return (
    <>
      <PageHeader title="Supervisor" description="Where your team needs help." />
      <SupervisorLiveRefresh workspaceId={member.workspaceId} />
      <div className="flex flex-col gap-8">
        <AssistanceRequests requests={requests} now={now} />
        <SlaAtRisk rows={atRisk} now={now} />
      </div>
    </>
  );
}
