// FU3: one push to every live device the visitor's app registered, through FCM or APNs with the workspace's
// credentials. A token the provider calls gone is marked dead at once; the delivery is delivered if any device
// took it. What the push carries lets the app acknowledge it (docs/mobile-sdk.md).
import type { Db } from "@/db/client";
import { listLiveVisitorDevices, markVisitorDeviceDead } from "@/db/queries/visitor-devices";
import type { VisitorDevice } from "@/db/schema";
import { env } from "@/lib/env";
import { sendApns } from "@/lib/integrations/apns/client";
import { sendFcm } from "@/lib/integrations/fcm/client";
import type { PushResult } from "@/lib/integrations/push-result";
import { loadPushCredentials, type PushCredentials } from "./credentials";

// Past the receipt window the ladder has moved on to email: a push still in a queue would only repeat it.
export const PUSH_TTL_SECONDS = 30;

export interface VisitorPush {
  deliveryId: string;
  conversationId?: string;
  title: string;
  body: string;
  url?: string;
  collapseKey?: string;
}

export const receiptUrl = (appUrl = env().APP_URL) => new URL("/api/mobile/push-receipts", appUrl).toString();

export function pushData(push: VisitorPush): Record<string, string> {
  return {
    herald: "1", // tells the app's handler this push is Herald's
    herald_delivery_id: push.deliveryId,
    ...(push.conversationId ? { conversation_id: push.conversationId } : {}),
    ...(push.url ? { url: push.url } : {}),
    receipt_url: receiptUrl(),
  };
}

// The providers' origins; unset: FCM_API_URL / APNS_API_URL, else Google's and Apple's (tests: the sandbox).
export interface PushOrigins {
  fcm?: string;
  apns?: string;
}

export async function sendToDevice(
  credentials: PushCredentials,
  device: Pick<VisitorDevice, "provider" | "token" | "appId" | "environment">,
  push: VisitorPush,
  now: Date,
  origins: PushOrigins = {},
): Promise<PushResult> {
  const common = { title: push.title, body: push.body, data: pushData(push) };
  if (device.provider === "fcm") {
    if (!credentials.fcm) return { ok: false, kind: "failed", reason: "FCM is not configured" };
    return sendFcm(
      credentials.fcm,
      {
        ...common,
        token: device.token,
        collapseKey: push.collapseKey,
        ttlSeconds: PUSH_TTL_SECONDS,
      },
      { apiUrl: origins.fcm },
    );
  }
  if (!credentials.apns) return { ok: false, kind: "failed", reason: "APNs is not configured" };
  return sendApns(
    credentials.apns,
    {
      ...common,
      token: device.token,
      topic: device.appId,
      environment: device.environment,
      collapseId: push.collapseKey,
      expiresAt: Math.floor(now.getTime() / 1000) + PUSH_TTL_SECONDS,
    },
    { apiUrl: origins.apns },
  );
}

export type VisitorPushOutcome =
  | { status: "delivered"; providerId: string }
  | { status: "failed"; error: string; retryable: boolean };

export async function pushToVisitor(
  db: Db,
  target: { workspaceId: string; visitorId: string },
  push: VisitorPush,
  now: Date,
  origins: PushOrigins = {},
): Promise<VisitorPushOutcome> {
  const devices = await listLiveVisitorDevices(db, target.workspaceId, target.visitorId);
  if (devices.length === 0) return { status: "failed", error: "no registered device", retryable: false };
  const credentials = await loadPushCredentials(db, target.workspaceId);
  const results = await Promise.all(devices.map((d) => sendToDevice(credentials, d, push, now, origins)));
  const sent: string[] = [];
  const failures: string[] = [];
  let retryable = false;
  for (const [i, result] of results.entries()) {
    if (result.ok) {
      sent.push(result.providerId);
      continue;
    }
    failures.push(result.reason);
    if (result.kind === "dead")
      await markVisitorDeviceDead(db, target.workspaceId, devices[i].id, result.reason, now);
    if (result.kind === "retryable") retryable = true;
  }
  if (sent.length > 0) return { status: "delivered", providerId: sent.join(" ") };
  return { status: "failed", error: [...new Set(failures)].join("; "), retryable };
}
