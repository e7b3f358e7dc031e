"use client";

import { useCallback, useEffect, useRef } from "react";
import { useClientEventSender } from "@/components/realtime/use-realtime-event";
import { idleTypingSender, onKeystroke, onStopTyping, TYPING_IDLE_MS } from "@/lib/chat/typing";
import type { TypingEvent } from "@/lib/realtime/events";

// Tells the visitor the agent is typing (client-typing on the conversation channel), throttled.
export function useTypingSignal(channelName: string, name: string) {
  const sendEvent = useClientEventSender(channelName);
  const state = useRef(idleTypingSender);
  const idle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const emit = useCallback(
    (typing: boolean) => {
      const event: TypingEvent = { by: "agent", name, typing };
      sendEvent("client-typing", event);
    },
    [sendEvent, name],
  );

  const stop = useCallback(() => {
    clearTimeout(idle.current);
    const { next, send } = onStopTyping(state.current, Date.now());
    state.current = next;
    if (send) emit(false);
  }, [emit]);

  const keystroke = useCallback(() => {
    const { next, send } = onKeystroke(state.current, Date.now());
    state.current = next;
    if (send) emit(true);
    clearTimeout(idle.current);
    idle.current = setTimeout(stop, TYPING_IDLE_MS);
  }, [emit, stop]);

  useEffect(() => stop, [stop]);
  return { keystroke, stop };
}
