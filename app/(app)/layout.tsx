import { NotificationPresenter } from "@/components/notifications/notification-presenter";
import { NotificationsLiveRefresh } from "@/components/notifications/notifications-live-refresh";
import { AgentPresenceReporter } from "@/components/realtime/agent-presence-reporter";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import { AppHeader } from "@/components/shell/app-header";
import { getDb } from "@/db/client";
import { countUnreadNotifications } from "@/db/queries/notification-center";
import { findNotificationSettings } from "@/db/queries/notification-settings";
import { requireMember } from "@/lib/auth/member";
import { env } from "@/lib/env";
import { pusherClientOptions } from "@/lib/realtime/config";

// The signed-in app: every page below is for members of a workspace.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const member = await requireMember();
  const realtime = pusherClientOptions(env());
  const db = getDb();
  const [unread, settings] = await Promise.all([
    countUnreadNotifications(db, member.workspaceId, member.userId),
    findNotificationSettings(db, member.workspaceId, member.userId),
  ]);
  return (
    <RealtimeProvider pusherKey={realtime.key} options={realtime.options}>
      <AgentPresenceReporter />
      <NotificationsLiveRefresh userId={member.userId} />
      <NotificationPresenter userId={member.userId} soundOn={settings.sound} />
      <div className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-30 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm"
        >
          Skip to content
        </a>
        <AppHeader member={member} unreadNotifications={unread} />
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
      </div>
    </RealtimeProvider>
  );
}
