// "Send me a test notification" (Settings → Notifications): one send per channel through the same senders the
// deliveries use, outside the pipeline: a test is no domain event, so it has no decision and no delivery row,
// and what capture mode rendered goes to the server log instead of the delivery log.
import type { Db } from "@/db/client";
import { env } from "@/lib/env";
import { type EmailSender, emailSender } from "@/lib/integrations/resend/client";
import { shortPushReason } from "@/lib/push/push-services";
import { channels } from "@/lib/realtime/channels";
import { publication, publish } from "@/lib/realtime/publish";
import { sendEmailMessage } from "./email";
import type { Publish } from "./in-app";
import type { DeliveryResult } from "./types";
import { pushToUser, type WebPushOptions } from "./web-push";

export const testableChannels = ["in_app", "email", "web_push", "mobile_push"] as const;
export type TestableChannel = (typeof testableChannels)[number];

export interface TestOutcome {
  outcome: "delivered" | "captured" | "failed";
  message: string;
}

export interface TestRecipient {
  workspaceId: string;
  userId: string;
  email: string;
}

export interface TestDeps {
  db: Db;
  email?: EmailSender;
  publish?: Publish;
  webPush?: WebPushOptions;
}

const TITLE = "Test notification";
const settingsUrl = () => new URL("/settings/notifications", env().APP_URL).toString();

type Send = (to: TestRecipient, deps: TestDeps) => Promise<TestOutcome>;

const senders: Record<TestableChannel, Send> = {
  async in_app(to, deps) {
    // Straight to the member's own realtime channel, as the in-app adapter does: every open tab of theirs.
    const sent = await (deps.publish ?? publish)([
      publication(channels.user(to.userId), "notification.created", {
        id: `test-${crypto.randomUUID()}`,
        title: TITLE,
        body: "In-app notifications reach you.",
        notice: { title: TITLE, body: "In-app notifications reach you.", tag: "herald-test" },
        visitor: null,
        conversationId: null,
        presentation: { toast: true, sound: true },
      }),
    ]);
    if (!sent.ok) return { outcome: "failed", message: "Failed: realtime is unreachable." };
    return { outcome: "delivered", message: "Delivered: it shows on every tab of Herald you have open." };
  },

  async email(to, deps) {
    const message = { template: "test" as const, props: { url: settingsUrl() } };
    const key = `test-${crypto.randomUUID()}`;
    const result = await sendEmailMessage(deps.email ?? emailSender(), to.email, message, key);
    return outcomeOf(result, {
      delivered: `Delivered: sent to ${to.email}.`,
      captured:
        "Captured: email is in capture mode (no RESEND_API_KEY); the rendered email is in the server log.",
    });
  },

  async web_push(to, deps) {
    const payload = {
      title: TITLE,
      body: "Web push reaches this browser.",
      url: settingsUrl(),
      tag: "herald-test",
    };
    const result = await pushToUser(deps.db, to, payload, new Date(), deps.webPush);
    // The adapter "captures" when nobody is subscribed; for a test that is simply nothing to send to.
    if (result.status === "captured") {
      return {
        outcome: "failed",
        message:
          "Failed: none of your browsers is subscribed. Turn on push notifications on this device first.",
      };
    }
    // A push service's body (or a network error naming an address) stays in the server log: a short reason.
    if (result.status === "failed") {
      console.warn(`[test notification] web push failed: ${result.error}`);
      return { outcome: "failed", message: `Failed: ${shortPushReason(result.error)}.` };
    }
    const reached = result.providerStatus?.split(";")[0]; // "1/2 browsers", without the others' errors
    return outcomeOf(result, { delivered: `Delivered to ${reached ?? "your browsers"}.`, captured: "" });
  },

  async mobile_push(to, deps) {
    const payload = {
      title: TITLE,
      body: "Mobile push reaches your phone.",
      url: settingsUrl(),
      tag: "herald-test",
    };
    const result = await pushToUser(deps.db, to, payload, new Date(), { ...deps.webPush, device: "mobile" });
    if (result.status === "captured") {
      return {
        outcome: "failed",
        message:
          "Failed: no phone has Herald installed. Add Herald to your phone's home screen and turn on push there.",
      };
    }
    if (result.status === "failed") {
      console.warn(`[test notification] mobile push failed: ${result.error}`);
      return { outcome: "failed", message: `Failed: ${shortPushReason(result.error)}.` };
    }
    const reached = result.providerStatus?.split(";")[0]?.replace("browsers", "phones");
    return outcomeOf(result, { delivered: `Delivered to ${reached ?? "your phones"}.`, captured: "" });
  },
};

function outcomeOf(result: DeliveryResult, words: { delivered: string; captured: string }): TestOutcome {
  if (result.status === "failed") return { outcome: "failed", message: `Failed: ${result.error}` };
  // What capture mode would have sent, for whoever runs Herald without providers.
  if (result.status === "captured") console.info(`[test notification] ${result.summary ?? ""}`);
  return { outcome: result.status, message: words[result.status] };
}

export function sendTestNotification(channel: TestableChannel, to: TestRecipient, deps: TestDeps) {
  return senders[channel](to, deps);
}
