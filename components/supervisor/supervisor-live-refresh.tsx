"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useRefreshOn } from "@/components/realtime/use-refresh-on";
import { channels } from "@/lib/realtime/channels";

// Re-reads the dashboard when a conversation of the workspace changes (assistance raised or turned off, a
// reply, a close) and every 30 s: an SLA clock crossing its warning point publishes no event.
export function SupervisorLiveRefresh({ workspaceId }: { workspaceId: string }) {
  const router = useRouter();
  useRefreshOn(channels.workspace(workspaceId), "conversation.updated");
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), 30_000);
    return () => clearInterval(timer);
  }, [router]);
  return null;
}
