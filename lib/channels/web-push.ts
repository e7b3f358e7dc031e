// Web push: the notification reaches every browser the user subscribed, even with Herald closed. Payloads are
// encrypted (aes128gcm) and signed with Herald's VAPID key (./vapid.ts) by the `web-push` library.
import type { Agent } from "node:https";
import webpush, { WebPushError } from "web-push";
import type { Db } from "@/db/client";
import { listLivePushSubscriptions, markPushSubscriptionDead } from "@/db/queries/push-subscriptions";
import type { PushSubscription } from "@/db/schema";
import { isKnownPushService } from "@/lib/push/push-services";
import type { ChannelAdapter, DeliveryContext, DeliveryResult } from "./types";
import { type VapidDetails, vapidDetails } from "./vapid";

// What public/sw.js reads from a push event.
export interface PushPayload {
  title: string;
  body: string;
  url: string;
  tag?: string; // one notification per conversation: a newer one replaces the older
}

export interface WebPushOptions {
  vapid?: (db: Db) => Promise<VapidDetails>;
  agent?: Agent; // tests: trust the local fake push service's self-signed certificate
  timeoutMs?: number;
  // X2: the push service's Topic header, one per delivery: a resend replaces the earlier message in the push
  // service's queue instead of showing twice (≤ 32 URL-safe characters).
  topic?: string;
  // IC2: web_push reaches the desktops, mobile_push the phones where the PWA is installed; unset: every one
  // (the "send me a test" of Settings → Notifications).
  device?: "desktop" | "mobile";
}

type Attempt = { ok: true } | { ok: false; dead: boolean; transient: boolean; error: string };

// X5: the push surface of the event's content (title, body without the words when the workspace says so).
export const pushPayload = (context: DeliveryContext): PushPayload => ({ ...context.content.push });

async function sendOne(
  sub: PushSubscription,
  payload: string,
  vapid: VapidDetails,
  o: WebPushOptions,
): Promise<Attempt> {
  // Stored before endpoints were checked on subscribing: never connected to, and never tried again.
  if (!isKnownPushService(sub.endpoint)) {
    return { ok: false, dead: true, transient: false, error: "not a known push service" };
  }
  try {
    await webpush.sendNotification(
      { endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } },
      payload,
      {
        vapidDetails: vapid,
        TTL: 60 * 60, // a chat notification older than an hour is noise
        urgency: "high",
        agent: o.agent,
        timeout: o.timeoutMs ?? 10_000,
        topic: o.topic,
      },
    );
    return { ok: true };
  } catch (error) {
    if (error instanceof WebPushError) {
      const { statusCode } = error;
      const reason = `push service ${statusCode}: ${error.body?.trim() || error.message}`;
      // 404/410: the browser unsubscribed or the subscription expired; it will never work again.
      const dead = statusCode === 404 || statusCode === 410;
      return { ok: false, dead, transient: statusCode === 429 || statusCode >= 500, error: reason };
    }
    const message = error instanceof Error ? error.message : String(error);
    // Network trouble is transient; anything else thrown before sending is the library refusing the
    // subscription itself (bad keys, not an https endpoint): a malformed subscription, never sendable.
    const network = /ECONN|ETIMEDOUT|EAI_AGAIN|socket|timeout/i.test(message);
    return {
      ok: false,
      dead: !network,
      transient: network,
      error: network ? message : `malformed subscription: ${message}`,
    };
  }
}

export function webPushAdapter(options: WebPushOptions = {}): ChannelAdapter {
  return {
    async send(delivery, context): Promise<DeliveryResult> {
      const userId = context.decision.recipientUserId;
      if (!userId) return { status: "failed", error: "web push needs a user recipient", retryable: false };
      const owner = { workspaceId: context.decision.workspaceId, userId };
      const topic = delivery.id.replaceAll("-", ""); // a uuid's 32 hex digits
      return pushToUser(context.db, owner, pushPayload(context), context.now, {
        device: "desktop",
        ...options,
        topic,
      });
    },
  };
}

// Every live subscription of one user; also the "send me a test" of Settings → Notifications.
export async function pushToUser(
  db: Db,
  owner: { workspaceId: string; userId: string },
  payload: PushPayload,
  now: Date,
  options: WebPushOptions = {},
): Promise<DeliveryResult> {
  const subs = await listLivePushSubscriptions(db, owner, options.device);
  // Nothing to send to: rendered and kept like capture mode, so the delivery log shows what it would say.
  if (subs.length === 0) {
    const none =
      options.device === "mobile"
        ? "[mobile_push] no phone with Herald installed"
        : "[web_push] no subscribed browser";
    return { status: "captured", summary: `${none}: ${payload.title} — ${payload.body}` };
  }
  const vapid = await (options.vapid ?? vapidDetails)(db);
  const body = JSON.stringify(payload);
  const results = await Promise.all(
    subs.map(async (s) => ({ sub: s, r: await sendOne(s, body, vapid, options) })),
  );
  const dead = results.flatMap(({ sub, r }) => (!r.ok && r.dead ? [{ sub, error: r.error }] : []));
  for (const d of dead) await markPushSubscriptionDead(db, owner.workspaceId, d.sub.endpoint, d.error, now);
  const delivered = results.filter(({ r }) => r.ok).length;
  const failures = results.flatMap(({ r }) => (r.ok ? [] : [r]));
  // One browser reached is a delivered notification; retrying would show it twice there.
  if (delivered > 0) {
    const note = failures.length ? `; ${failures.map((f) => f.error).join("; ")}` : "";
    return { status: "delivered", providerStatus: `${delivered}/${subs.length} browsers${note}` };
  }
  const error = failures.map((f) => f.error).join("; ");
  if (dead.length === subs.length)
    return { status: "failed", error, retryable: false, deadEndpoint: dead[0].sub.endpoint };
  return { status: "failed", error, retryable: failures.some((f) => f.transient) };
}
