"use client";

import { useEffect, useState, useTransition } from "react";
import { refusalMessage, thrownMessage } from "@/components/settings/notifications/push-errors";
import {
  currentPushSubscription,
  subscribeToPush,
  unsubscribeFromPush,
  webPushSupport,
} from "@/components/settings/notifications/push-subscribe";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type PushState = "unsupported" | "blocked" | "off" | "on";

const stateLabel: Record<PushState, string> = {
  unsupported: "Not supported by this browser",
  blocked: "Blocked",
  off: "Off",
  on: "On",
};

async function readState(): Promise<PushState> {
  const support = webPushSupport();
  if (support === "unsupported") return "unsupported";
  if (support === "denied") return "blocked";
  return (await currentPushSubscription()) ? "on" : "off";
}

// Web push reaches this browser even with Herald closed (IC2, LV6). Subscribing asks for permission, so it
// only follows a click.
export function PushOnThisDevice() {
  const [state, setState] = useState<PushState | null>(null); // null until mounted (no window on the server)
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    readState().then(setState, (e: unknown) => {
      setState("off");
      setError(thrownMessage(e));
    });
  }, []);

  const act = (work: () => Promise<string | null>) =>
    startTransition(async () => {
      setError(null);
      setDone(null);
      try {
        const message = await work();
        if (message) setDone(message);
      } catch (e) {
        setError(thrownMessage(e));
      }
      setState(await readState().catch(() => "off" as const));
    });

  const turnOn = () =>
    act(async () => {
      const result = await subscribeToPush();
      if (!result.ok) {
        setError(refusalMessage(result));
        return null;
      }
      return "Push notifications are on for this browser.";
    });

  const turnOff = () =>
    act(async () => {
      await unsubscribeFromPush();
      return "Push notifications are off for this browser.";
    });

  if (!state) return <p className="text-sm text-slate-500">Checking this browser…</p>;
  return (
    <div className="flex flex-col gap-3 text-sm">
      <p className="text-slate-700" role="status">
        Push notifications on this device: <strong>{stateLabel[state]}</strong>
      </p>
      {state === "off" && (
        <div>
          <Button pending={pending} onClick={turnOn}>
            Turn on push notifications
          </Button>
        </div>
      )}
      {state === "on" && (
        <div>
          <Button variant="secondary" pending={pending} onClick={turnOff}>
            Turn off push notifications
          </Button>
        </div>
      )}
      {state === "blocked" && <Alert tone="info">{refusalMessage({ ok: false, reason: "denied" })}</Alert>}
      {state === "unsupported" && (
        <Alert tone="info">{refusalMessage({ ok: false, reason: "unsupported" })}</Alert>
      )}
      {error && <Alert tone="error">{error}</Alert>}
      {done && <Alert tone="success">{done}</Alert>}
    </div>
  );
}
