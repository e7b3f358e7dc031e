"use client";

import { useCallback, useEffect, useRef } from "react";
import { flashingTitle } from "@/components/notifications/tab-reaction";

const isSeen = () => !document.hidden && document.hasFocus();

// IC5: "(1) New message" alternates with the page's title until the tab is focused again.
export function useTitleFlash() {
  const state = useRef<{ count: number; original: string; timer?: ReturnType<typeof setInterval> }>({
    count: 0,
    original: "",
  });

  const stop = useCallback(() => {
    const s = state.current;
    if (s.count === 0) return;
    clearInterval(s.timer);
    document.title = s.original;
    s.count = 0;
  }, []);

  useEffect(() => {
    const onMaybeSeen = () => {
      if (isSeen()) stop();
    };
    window.addEventListener("focus", onMaybeSeen);
    document.addEventListener("visibilitychange", onMaybeSeen);
    return () => {
      window.removeEventListener("focus", onMaybeSeen);
      document.removeEventListener("visibilitychange", onMaybeSeen);
      stop();
    };
  }, [stop]);

  return useCallback(() => {
    const s = state.current;
    if (s.count === 0) s.original = document.title;
    s.count += 1;
    clearInterval(s.timer);
    let showing = true;
    document.title = flashingTitle(s.count);
    s.timer = setInterval(() => {
      showing = !showing;
      document.title = showing ? flashingTitle(s.count) : s.original;
    }, 1_000);
  }, []);
}
