"use client";

import { sendTestNotification } from "@/lib/actions/send-test-notification";
import type { TestableChannel, TestOutcome } from "@/lib/channels/test-notification";
import { TestChannel } from "./test-channel";

async function serverTest(channel: TestableChannel): Promise<TestOutcome> {
  const result = await sendTestNotification(undefined, { channel });
  if (!result.ok) return { outcome: "failed", message: `Failed: ${result.error}` };
  return result.data ?? { outcome: "failed", message: "Failed: no answer from the server." };
}

// The browser notification is shown by this browser itself: it checks permission and system settings.
async function browserTest(): Promise<TestOutcome> {
  if (typeof Notification === "undefined") {
    return { outcome: "failed", message: "Failed: this browser has no notifications." };
  }
  if (Notification.permission !== "granted") {
    return { outcome: "failed", message: "Failed: allow browser notifications first (above)." };
  }
  new Notification("Test notification", { body: "Browser notifications reach you.", tag: "herald-test" });
  return {
    outcome: "delivered",
    message: "Delivered: shown by this browser. Nothing? Check your system's notification settings.",
  };
}

// "Send me a test notification", per channel: what each test really exercises is said next to it.
export function TestNotifications() {
  return (
    <div className="flex flex-col gap-3 text-sm">
      <ul className="flex flex-col gap-3">
        <TestChannel
          label="in-app notification"
          note="Through Herald's realtime channel, to every tab you have open."
          send={() => serverTest("in_app")}
        />
        <TestChannel label="browser notification" note="Shown by this browser." send={browserTest} />
        <TestChannel
          label="email"
          note="To your sign-in address, with the same sender as real notifications."
          send={() => serverTest("email")}
        />
        <TestChannel
          label="web push"
          note="To every browser where you turned push notifications on."
          send={() => serverTest("web_push")}
        />
        <TestChannel
          label="mobile push"
          note="Captured until a mobile push provider is set up."
          send={() => serverTest("mobile_push")}
        />
      </ul>
      <p className="text-slate-600">Slack DM has no test yet.</p>
    </div>
  );
}
