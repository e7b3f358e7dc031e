"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import type { RealtimeEventName, RealtimeEvents } from "@/lib/realtime/events";
import { useRealtimeEvent } from "./use-realtime-event";

// Re-renders the page from the server when an event arrives (and `when` accepts it). A burst of events
// becomes one refresh.
export function useRefreshOn<E extends RealtimeEventName>(
  channelName: string | null,
  event: E,
  when: (data: RealtimeEvents[E]) => boolean = () => true,
  delayMs = 250,
) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  useRealtimeEvent(channelName, event, (data) => {
    if (!when(data)) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => router.refresh(), delayMs);
  });
}
