"use client";

import { useRefreshOn } from "@/components/realtime/use-refresh-on";
import { channels } from "@/lib/realtime/channels";

// A new notification for this teammate: re-read the page, so the nav's unread count and the notification
// center show it without a reload.
export function NotificationsLiveRefresh({ userId }: { userId: string }) {
  useRefreshOn(channels.user(userId), "notification.created");
  return null;
}
