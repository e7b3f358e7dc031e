"use client";

// Reports this tab's signals (visible, focused, open conversation, last input) to POST /api/presence, the
// source of agent presence (RULES.md). Renders nothing.
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import {
  conversationIdFromPath,
  isReportDue,
  pageFromPath,
  type SentReport,
  type TabState,
  toTabReport,
} from "@/lib/presence/tab-report";

const ENDPOINT = "/api/presence";
const INPUT_EVENTS = ["keydown", "pointerdown", "pointermove", "wheel", "touchstart"] as const;

// Per tab, surviving reloads and navigation: sessionStorage is the tab's own.
function tabIdOf(storage: Storage): string {
  const existing = storage.getItem("herald-tab-id");
  if (existing) return existing;
  const id = crypto.randomUUID();
  storage.setItem("herald-tab-id", id);
  return id;
}

export function AgentPresenceReporter() {
  const pathname = usePathname();
  const conversationId = conversationIdFromPath(pathname);
  const page = pageFromPath(pathname);
  const conversationRef = useRef(conversationId);
  const pageRef = useRef(page);
  // Read by the 1 s tick below, so opening or leaving a conversation (or a page) is reported within the second.
  useEffect(() => {
    conversationRef.current = conversationId;
    pageRef.current = page;
  }, [conversationId, page]);

  useEffect(() => {
    const tabId = tabIdOf(sessionStorage);
    let lastInputAt: number | null = Date.now();
    let last: SentReport | null = null;

    const current = (): TabState => ({
      visible: document.visibilityState === "visible",
      focused: document.hasFocus(),
      conversationId: conversationRef.current,
      page: pageRef.current,
      lastInputAt,
    });
    const tick = () => {
      const state = current();
      const now = Date.now();
      if (!isReportDue(last, state, now)) return;
      last = { state, at: now };
      // A failed report is retried by the next tick's schedule: presence tolerates a missed beat.
      void fetch(ENDPOINT, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(toTabReport(tabId, state, now)),
        keepalive: true,
      }).catch(() => {
        last = null;
      });
    };
    const onInput = () => {
      lastInputAt = Date.now();
    };
    const onHide = () => {
      const body = new Blob([JSON.stringify({ tabId, gone: true })], { type: "application/json" });
      navigator.sendBeacon(ENDPOINT, body);
      last = null;
    };

    for (const e of INPUT_EVENTS) window.addEventListener(e, onInput, { passive: true, capture: true });
    document.addEventListener("visibilitychange", tick);
    window.addEventListener("focus", tick);
    window.addEventListener("blur", tick);
    window.addEventListener("pagehide", onHide);
    window.addEventListener("pageshow", tick); // back from the back/forward cache
    const timer = setInterval(tick, 1_000);
    tick();
    return () => {
      for (const e of INPUT_EVENTS) window.removeEventListener(e, onInput, { capture: true });
      document.removeEventListener("visibilitychange", tick);
      window.removeEventListener("focus", tick);
      window.removeEventListener("blur", tick);
      window.removeEventListener("pagehide", onHide);
      window.removeEventListener("pageshow", tick);
      clearInterval(timer);
    };
  }, []);

  return null;
}
