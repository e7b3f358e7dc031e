// What the agent app does with one `notification.created` (IC5, LV6): pure, so the ladder's last step (this
// very tab's focus, which the server only knows a second late) is tested without a browser.
import type { NotificationPayload } from "@/lib/realtime/events";

export interface TabFocus {
  hidden: boolean; // document.hidden
  focused: boolean; // document.hasFocus()
}

export type BrowserPermission = "default" | "granted" | "denied" | "unsupported";

export interface TabReaction {
  toast: boolean; // the in-app toast, role="status"
  browser: boolean; // a Notification API notification
  titleFlash: boolean; // "(1) New message" in the tab title until focus comes back
  sound: boolean;
}

export const nothing: TabReaction = { toast: false, browser: false, titleFlash: false, sound: false };

// The planner decided from the presence it last heard; the tab knows better. An interrupting notification
// (toast or browser) is shown the way this tab can see it now: a toast when focused, otherwise a browser
// notification and the title flash. A silent one (notification-center only) shows nothing here.
export function decideTabReaction(
  payload: NotificationPayload,
  tab: TabFocus,
  options: { permission: BrowserPermission; soundOn: boolean },
): TabReaction {
  const p = payload.presentation;
  const interrupts = Boolean(p.toast || p.browser);
  if (!interrupts) return nothing;
  const sound = Boolean(p.sound) && options.soundOn;
  if (!tab.hidden && tab.focused) return { toast: true, browser: false, titleFlash: false, sound };
  return {
    toast: false,
    browser: options.permission === "granted",
    // IC5: every interruption a hidden tab receives flashes its title, with or without permission: it is the
    // one signal such a tab can always give.
    titleFlash: true,
    sound,
  };
}

// "(3) New messages" over the page's own title; the count is of notifications since the tab lost focus.
export function flashingTitle(count: number): string {
  return count === 1 ? "(1) New message" : `(${count}) New messages`;
}

// Where "Open" goes: the conversation when there is one, Live Views with the visitor highlighted (LV6), else
// the center.
export function openHref(payload: NotificationPayload): string {
  if (payload.conversationId) return `/inbox/${payload.conversationId}`;
  const visitorId = payload.presentation.highlightVisitor ?? startChatVisitor(payload);
  return visitorId ? `/live?visitor=${encodeURIComponent(visitorId)}` : "/notifications";
}

// LV8: the visitor to start a chat with, when the notification offers it.
export function startChatVisitor(payload: NotificationPayload): string | null {
  return payload.presentation.actions?.find((a) => a.kind === "start_chat")?.visitorId ?? null;
}
