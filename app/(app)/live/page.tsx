import type { Metadata } from "next";
import { LiveVisitors } from "@/components/live-views/live-visitors";
import { MyLiveViewNotifications } from "@/components/live-views/my-live-view-notifications";
import { PageHeader } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { listLiveVisitors } from "@/db/queries/live-views";
import { findNotificationSettings } from "@/db/queries/notification-settings";
import { requireMember } from "@/lib/auth/member";
import { toLiveVisitorPayload } from "@/lib/live-views/payload";
import { VISIT_IDLE_MS } from "@/lib/presence/visitor-presence";

export const metadata: Metadata = { title: "Live" };

// LV6: a Live View Notification links here with ?visitor=<id>, and that visitor is highlighted.
export default async function LivePage({ searchParams }: PageProps<"/live">) {
  const { visitor } = await searchParams;
  const member = await requireMember();
  const now = new Date();
  const db = getDb();
  const [rows, settings] = await Promise.all([
    listLiveVisitors(db, member.workspaceId, new Date(now.getTime() - VISIT_IDLE_MS)),
    findNotificationSettings(db, member.workspaceId, member.userId),
  ]);
  return (
    <>
      <PageHeader
        title="Live"
        description="Who is on your website right now, known visitors first."
        actions={
          // LV4: only while the workspace's Live View Notifications (LV3) are on.
          settings.workspaceLiveViewNotifications && (
            <MyLiveViewNotifications enabled={settings.userLiveViewNotifications} />
          )
        }
      />
      <LiveVisitors
        workspaceId={member.workspaceId}
        userId={member.userId}
        highlightedVisitorId={typeof visitor === "string" ? visitor : null}
        visitors={rows.map(toLiveVisitorPayload)}
        renderedAt={now.toISOString()}
      />
    </>
  );
}
