"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { sendTestNotification } from "@/lib/actions/send-test-notification";

// "Send me a test notification": what each test really exercises is said next to it.
export function TestNotifications() {
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<string | null>(null);

  const testInApp = () =>
    startTransition(async () => {
      const result = await sendTestNotification(undefined, { channel: "in_app" });
      setStatus(result.ok ? (result.message ?? "Sent.") : result.error);
    });

  const testBrowser = () => {
    if (typeof Notification === "undefined") return setStatus("This browser has no notifications.");
    if (Notification.permission !== "granted") {
      return setStatus("Allow browser notifications first (above).");
    }
    new Notification("Test notification", { body: "Browser notifications reach you.", tag: "herald-test" });
    setStatus("Shown by this browser. Nothing? Check your system's notification settings.");
  };

  return (
    <div className="flex flex-col gap-3 text-sm">
      <ul className="flex flex-col gap-3">
        <li className="flex flex-wrap items-center gap-3">
          <Button variant="secondary" pending={pending} onClick={testInApp}>
            Send me a test in-app notification
          </Button>
          <span className="text-slate-600">
            Sent directly through Herald’s realtime channel, not the pipeline.
          </span>
        </li>
        <li className="flex flex-wrap items-center gap-3">
          <Button variant="secondary" onClick={testBrowser}>
            Send me a test browser notification
          </Button>
          <span className="text-slate-600">
            Shown by this browser, to check permission and system settings.
          </span>
        </li>
      </ul>
      <p className="text-slate-600">
        Web push, mobile push, email and Slack DM have no test yet: those channels are recorded in the
        delivery log but not sent until their connections are set up.
      </p>
      <p role="status" className="text-slate-700">
        {status}
      </p>
    </div>
  );
}
