import { describe, expect, it } from "vitest";
import type { NotificationPayload } from "@/lib/realtime/events";
import { decideTabReaction, flashingTitle, nothing, openHref, startChatVisitor } from "./tab-reaction";

const payload = (presentation: NotificationPayload["presentation"]): NotificationPayload => ({
  id: "n1",
  title: "New message",
  body: "Hi",
  notice: { title: "New message", body: "Hi", tag: "conversation:c1" },
  visitor: null,
  conversationId: "c1",
  presentation,
});
const focused = { hidden: false, focused: true };
const hidden = { hidden: true, focused: false };
const blurred = { hidden: false, focused: false };
const granted = { permission: "granted" as const, soundOn: true };

describe("decideTabReaction (IC5)", () => {
  it("IC5: active → a toast and a sound", () => {
    expect(decideTabReaction(payload({ toast: true, sound: true }), focused, granted)).toEqual({
      toast: true,
      browser: false,
      titleFlash: false,
      sound: true,
    });
  });

  it("IC5: background (hidden) → a browser notification, the title flash and a sound", () => {
    const browser = payload({ browser: true, sound: true, titleFlash: true });
    expect(decideTabReaction(browser, hidden, granted)).toEqual({
      toast: false,
      browser: true,
      titleFlash: true,
      sound: true,
    });
  });

  it("IC5: visible but another window has focus counts as background", () => {
    expect(decideTabReaction(payload({ browser: true }), blurred, granted).browser).toBe(true);
  });

  it("a silent notification-center entry shows nothing, whatever the focus", () => {
    const silent = payload({ toast: false, sound: false });
    expect(decideTabReaction(silent, focused, granted)).toEqual(nothing);
    expect(decideTabReaction(silent, hidden, granted)).toEqual(nothing);
  });

  it("a toast meant for an active tab that is hidden by now becomes a browser notification", () => {
    expect(decideTabReaction(payload({ toast: true }), hidden, granted)).toMatchObject({
      toast: false,
      browser: true,
      titleFlash: true,
    });
  });

  it("a browser notification arriving after the tab got focus again is a toast", () => {
    expect(decideTabReaction(payload({ browser: true }), focused, granted)).toMatchObject({
      toast: true,
      browser: false,
    });
  });

  it("without permission the hidden tab still flashes its title", () => {
    const result = decideTabReaction(payload({ browser: true, titleFlash: true }), hidden, {
      permission: "denied",
      soundOn: true,
    });
    expect(result).toMatchObject({ browser: false, titleFlash: true });
  });

  it("sound off in settings silences it", () => {
    const result = decideTabReaction(payload({ toast: true, sound: true }), focused, {
      permission: "granted",
      soundOn: false,
    });
    expect(result.sound).toBe(false);
  });
});

describe("presenter helpers", () => {
  it("IC5: the flashing title counts the new messages", () => {
    expect(flashingTitle(1)).toBe("(1) New message");
    expect(flashingTitle(3)).toBe("(3) New messages");
  });

  it("LV6: Open goes to the conversation, Live Views with the visitor highlighted, else the notification center", () => {
    expect(openHref(payload({}))).toBe("/inbox/c1");
    const liveView = {
      ...payload({ actions: [{ kind: "start_chat", visitorId: "v1" }] }),
      conversationId: null,
    };
    expect(openHref(liveView)).toBe("/live?visitor=v1");
    expect(openHref({ ...payload({ highlightVisitor: "v2" }), conversationId: null })).toBe(
      "/live?visitor=v2",
    );
    expect(openHref({ ...payload({}), conversationId: null })).toBe("/notifications");
  });

  it("LV8: Start chat is offered only with the action", () => {
    expect(startChatVisitor(payload({ actions: [{ kind: "start_chat", visitorId: "v1" }] }))).toBe("v1");
    expect(startChatVisitor(payload({}))).toBeNull();
  });
});
