// "Send me a test notification": each channel reports delivered, captured or failed with the reason.
import { createECDH, randomBytes, randomUUID } from "node:crypto";
import { Agent } from "node:https";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import webpush from "web-push";
import type { Connection } from "@/db/client";
import { pushSubscriptions } from "@/db/schema";
import { captureSender, type EmailSender } from "@/lib/integrations/resend/client";
import { createTestDb } from "@/test/db";
import { startFakePushService } from "@/test/fakes/push-service";
import { sendTestNotification } from "./test-notification";
import { seedRecipient } from "./testing/delivery-context";

let conn: Connection;
beforeAll(async () => {
  conn = await createTestDb();
  vi.spyOn(console, "info").mockImplementation(() => {});
});
afterAll(async () => conn.close());

const me = () => ({ workspaceId: randomUUID(), userId: randomUUID(), email: "nadia@acme.test" });

describe("sendTestNotification", () => {
  it("email in capture mode is captured and says where to look", async () => {
    const result = await sendTestNotification("email", me(), { db: conn.db, email: captureSender });
    expect(result.outcome).toBe("captured");
    expect(result.message).toMatch(/^Captured: email is in capture mode \(no RESEND_API_KEY\)/);
    expect(console.info).toHaveBeenCalledWith(expect.stringContaining("Herald test notification"));
  });

  it("email sends the test template to the member and reports the provider's refusal", async () => {
    const sender = vi.fn<EmailSender>(async () => ({
      status: "failed",
      error: "Resend 403 bad key",
      retryable: false,
    }));
    const result = await sendTestNotification("email", me(), { db: conn.db, email: sender });
    expect(sender).toHaveBeenCalledWith(
      "nadia@acme.test",
      expect.objectContaining({ subject: "Herald test notification" }),
      expect.stringMatching(/^test-/),
    );
    expect(result).toEqual({ outcome: "failed", message: "Failed: Resend 403 bad key" });
  });

  it("web push with no subscribed browser says so", async () => {
    const result = await sendTestNotification("web_push", me(), { db: conn.db });
    expect(result.outcome).toBe("failed");
    expect(result.message).toContain("none of your browsers is subscribed");
  });

  it("IC2: mobile push with no phone where Herald is installed says so", async () => {
    const result = await sendTestNotification("mobile_push", me(), { db: conn.db });
    expect(result.outcome).toBe("failed");
    expect(result.message).toContain("no phone has Herald installed");
  });

  it("in-app publishes to the member's own channel, or fails when realtime is down", async () => {
    const to = me();
    const publish = vi.fn(async () => ({ ok: true }));
    expect((await sendTestNotification("in_app", to, { db: conn.db, publish })).outcome).toBe("delivered");
    expect(JSON.stringify(publish.mock.calls)).toContain(to.userId);
    const down = async () => ({ ok: false, error: "ECONNREFUSED" });
    expect(await sendTestNotification("in_app", to, { db: conn.db, publish: down })).toEqual({
      outcome: "failed",
      message: "Failed: realtime is unreachable.",
    });
  });
});

// Issue 9 "Web push endpoints": the test button must not echo what a push service (or an internal address
// answering in its place) said; a short reason is enough, the details go to the server log.
describe("Web push endpoints", () => {
  it("provider bodies are never shown to users (a short reason is)", async () => {
    const push = await startFakePushService();
    try {
      const to = { ...(await seedRecipient(conn.db)), email: "nadia@acme.test" };
      const path = `/push/${randomUUID()}`;
      push.script(path, 500);
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      await conn.db.insert(pushSubscriptions).values({
        workspaceId: to.workspaceId,
        userId: to.userId,
        endpoint: `${push.origin}${path}`,
        p256dh: ecdh.getPublicKey("base64url"),
        auth: randomBytes(16).toString("base64url"),
      });
      vi.spyOn(console, "warn").mockImplementation(() => {});
      const keys = webpush.generateVAPIDKeys();
      const webPush = {
        vapid: async () => ({ ...keys, subject: "mailto:ops@example.com" }),
        agent: new Agent({ rejectUnauthorized: false }),
      };
      const result = await sendTestNotification("web_push", to, { db: conn.db, webPush });
      expect(result.outcome).toBe("failed");
      expect(result.message).not.toContain("scripted");
      expect(result.message).toMatch(/push service/);
    } finally {
      await push.close();
    }
  });
});
