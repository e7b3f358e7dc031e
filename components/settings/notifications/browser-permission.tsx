"use client";

import { useEffect, useState } from "react";
import type { BrowserPermission as Permission } from "@/components/notifications/tab-reaction";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

const stateLabel: Record<Permission, string> = {
  default: "Not asked yet",
  granted: "Allowed",
  denied: "Blocked",
  unsupported: "Not supported by this browser",
};

const current = (): Permission =>
  typeof Notification === "undefined" ? "unsupported" : Notification.permission;

// Browser notifications (IC5) need this browser's permission; the prompt may only follow a click.
export function BrowserPermission() {
  const [permission, setPermission] = useState<Permission | null>(null); // null until mounted (no window on the server)
  useEffect(() => setPermission(current()), []);

  if (!permission) return <p className="text-sm text-slate-500">Checking this browser…</p>;
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-slate-700" role="status">
        Browser notifications: <strong>{stateLabel[permission]}</strong>
      </p>
      {permission === "default" && (
        <div>
          <Button onClick={async () => setPermission(await Notification.requestPermission())}>
            Allow browser notifications
          </Button>
        </div>
      )}
      {permission === "denied" && (
        <Alert tone="info">
          This browser blocks notifications from Herald. To allow them, open the site settings (the icon left
          of the address bar), set Notifications to Allow, then reload this page.
        </Alert>
      )}
      {permission === "granted" && (
        <p className="text-sm text-slate-600">
          While Herald is open in another tab or behind another window, new messages show as notifications.
        </p>
      )}
    </div>
  );
}
