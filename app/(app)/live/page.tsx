import type { Metadata } from "next";
import { LiveVisitors } from "@/components/live-views/live-visitors";
import { PageHeader } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { listLiveVisitors } from "@/db/queries/live-views";
import { requireMember } from "@/lib/auth/member";
import { toLiveVisitorPayload } from "@/lib/live-views/payload";
import { VISIT_IDLE_MS } from "@/lib/presence/visitor-presence";

export const metadata: Metadata = { title: "Live" };

export default async function LivePage() {
  const member = await requireMember();
  const now = new Date();
  const rows = await listLiveVisitors(getDb(), member.workspaceId, new Date(now.getTime() - VISIT_IDLE_MS));
  return (
    <>
      <PageHeader title="Live" description="Who is on your website right now, known visitors first." />
      <LiveVisitors
        workspaceId={member.workspaceId}
        visitors={rows.map(toLiveVisitorPayload)}
        renderedAt={now.toISOString()}
      />
    </>
  );
}
