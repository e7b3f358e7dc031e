"use client";

import { useRefreshOn } from "@/components/realtime/use-refresh-on";
import { channels } from "@/lib/realtime/channels";

// Any conversation of the workspace changed (new message, assignment, status): re-read the list.
export function InboxLiveRefresh({ workspaceId }: { workspaceId: string }) {
  useRefreshOn(channels.workspace(workspaceId), "conversation.updated");
  return null;
}
