"use client";

import { useCallback, useEffect, useRef } from "react";
import { markConversationRead } from "@/lib/actions/mark-conversation-read";

// Marks the conversation read by this agent when it is on screen: on open, and on each new message while the
// tab is visible; a message that arrives while hidden is marked when the tab shows again.
export function useMarkRead(conversationId: string) {
  const owed = useRef(false);
  const markRead = useCallback(() => {
    if (document.visibilityState !== "visible") {
      owed.current = true;
      return;
    }
    owed.current = false;
    void markConversationRead(undefined, { conversationId });
  }, [conversationId]);

  useEffect(() => {
    markRead();
    const onVisible = () => {
      if (document.visibilityState === "visible" && owed.current) markRead();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [markRead]);

  return markRead;
}
