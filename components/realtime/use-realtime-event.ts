"use client";

import { useCallback, useEffect, useRef } from "react";
import type { RealtimeEventName, RealtimeEvents } from "@/lib/realtime/events";
import { useRealtimeClient } from "./realtime-provider";

function useChannelEvent(channelName: string | null, event: string, handler: (data: unknown) => void) {
  const client = useRealtimeClient();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!client || !channelName) return;
    const channel = client.acquire(channelName);
    const listener = (data: unknown) => latest.current(data);
    channel.bind(event, listener);
    return () => {
      channel.unbind(event, listener);
      client.release(channelName);
    };
  }, [client, channelName, event]);
}

// A server event (lib/realtime/events.ts) on a channel; the handler may change between renders.
export function useRealtimeEvent<E extends RealtimeEventName>(
  channelName: string | null,
  event: E,
  handler: (data: RealtimeEvents[E]) => void,
) {
  useChannelEvent(channelName, event, handler as (data: unknown) => void);
}

// A client event (client-*) another subscriber of the channel sent; it never went through the server,
// so its payload is checked by the caller.
export function useClientEvent(
  channelName: string | null,
  event: `client-${string}`,
  handler: (data: unknown) => void,
) {
  useChannelEvent(channelName, event, handler);
}

// Sends a client event on a channel this component is subscribed to; false while not subscribed yet.
export function useClientEventSender(channelName: string | null) {
  const client = useRealtimeClient();
  return useCallback(
    (event: `client-${string}`, data: unknown) => {
      const channel = channelName ? client?.find(channelName) : undefined;
      return channel?.subscribed ? channel.trigger(event, data) : false;
    },
    [client, channelName],
  );
}
