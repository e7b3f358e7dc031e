"use client";

// Shows this teammate's notifications as this tab can be seen (IC5, LV6, LV8): a toast when focused, a
// browser notification and a flashing title when hidden or another window has focus, a chime either way
// when asked for. The pure choice is components/notifications/tab-reaction.ts.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { type ChatTarget, StartChatDialog } from "@/components/live-views/start-chat-dialog";
import { type BrowserPermission, decideTabReaction, openHref } from "@/components/notifications/tab-reaction";
import { useRealtimeEvent } from "@/components/realtime/use-realtime-event";
import { channels } from "@/lib/realtime/channels";
import type { NotificationPayload } from "@/lib/realtime/events";
import { playTone, unlockAudio } from "@/lib/sound/tone";
import { NotificationToasts } from "./notification-toasts";
import { useTitleFlash } from "./use-title-flash";

const MAX_TOASTS = 3;

export const browserPermission = (): BrowserPermission =>
  typeof Notification === "undefined" ? "unsupported" : Notification.permission;

function showBrowserNotification(payload: NotificationPayload, open: (p: NotificationPayload) => void) {
  try {
    // X5: the OS shows it outside the app, so it carries the workspace's outside words; one per conversation.
    const shown = new Notification(payload.notice.title, {
      body: payload.notice.body,
      tag: payload.notice.tag,
    });
    // A click brings this tab to the front on the conversation.
    shown.onclick = () => {
      window.focus();
      open(payload);
      shown.close();
    };
  } catch (error) {
    // Chrome on Android only allows notifications from a service worker: the title flash still shows.
    console.warn("[notifications] browser notification refused", error);
  }
}

export function NotificationPresenter({ userId, soundOn }: { userId: string; soundOn: boolean }) {
  const router = useRouter();
  const flashTitle = useTitleFlash();
  const [toasts, setToasts] = useState<NotificationPayload[]>([]);
  const [chatWith, setChatWith] = useState<ChatTarget | null>(null);

  // Autoplay policies keep audio locked until a gesture: the first click or key anywhere unlocks it.
  useEffect(() => {
    const unlock = () => void unlockAudio();
    window.addEventListener("pointerdown", unlock, { once: true, capture: true });
    window.addEventListener("keydown", unlock, { once: true, capture: true });
    return () => {
      window.removeEventListener("pointerdown", unlock, { capture: true });
      window.removeEventListener("keydown", unlock, { capture: true });
    };
  }, []);

  const open = useCallback((payload: NotificationPayload) => router.push(openHref(payload)), [router]);

  useRealtimeEvent(channels.user(userId), "notification.created", (payload) => {
    const tab = { hidden: document.hidden, focused: document.hasFocus() };
    const show = decideTabReaction(payload, tab, { permission: browserPermission(), soundOn });
    if (show.sound) playTone();
    if (show.titleFlash) flashTitle();
    if (show.toast)
      setToasts((current) => [...current.filter((t) => t.id !== payload.id), payload].slice(-MAX_TOASTS));
    if (show.browser) showBrowserNotification(payload, open);
  });

  // Stable, so a toast's auto-dismiss timer is not restarted by every render.
  const dismiss = useCallback((id: string) => setToasts((current) => current.filter((t) => t.id !== id)), []);
  return (
    <>
      <NotificationToasts
        toasts={toasts}
        onDismiss={dismiss}
        onOpen={(payload) => {
          dismiss(payload.id);
          open(payload);
        }}
        onStartChat={(payload, visitorId) => {
          dismiss(payload.id);
          setChatWith({
            visitorId,
            label: payload.visitor?.label ?? "this visitor",
            name: payload.visitor?.name ?? null,
          });
        }}
      />
      <StartChatDialog target={chatWith} onClose={() => setChatWith(null)} />
    </>
  );
}
