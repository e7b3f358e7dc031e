import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import type { HeraldEvent } from "@/lib/notifications/events/event";
import { type MobilePushProvider, mobilePushAdapter } from "./mobile-push";
import { deliveryFor } from "./testing/delivery-context";

const event: HeraldEvent = {
  type: "visitor.went_offline",
  id: "visitor.went_offline:1",
  workspaceId: "w1",
  occurredAt: new Date(),
  conversationId: "c1",
  visitorId: "v1",
};
const db = {} as Db; // the adapter reads nothing from the database
const recipient = { workspaceId: "w1", userId: "u1" };

describe("mobile push", () => {
  it("captures the rendered notification with a link to the conversation", async () => {
    const { delivery, context } = deliveryFor(db, recipient, event, {
      channel: "mobile_push",
      recipientUserId: null,
      recipientKind: "visitor",
      recipientVisitorId: "v1",
    });
    const result = await mobilePushAdapter().send(delivery, context);
    expect(result).toEqual({
      status: "captured",
      summary: expect.stringMatching(
        /^\[mobile_push\] to visitor:v1: You have unread messages — Your chat continues here\. \(http.*\/inbox\/c1\)$/,
      ),
    });
  });

  it("hands the message to a real provider when one is plugged in", async () => {
    const sent: unknown[] = [];
    const provider: MobilePushProvider = {
      name: "fake",
      send: async (message) => {
        sent.push(message);
        return { status: "delivered", providerId: "m1" };
      },
    };
    const { delivery, context } = deliveryFor(db, recipient, event, { channel: "mobile_push" });
    expect(await mobilePushAdapter({ user: provider }).send(delivery, context)).toEqual({
      status: "delivered",
      providerId: "m1",
    });
    expect(sent).toEqual([
      expect.objectContaining({
        recipient: { kind: "user", id: "u1" },
        collapseKey: "conversation:c1", // one notification per conversation on the device
        data: expect.objectContaining({ eventType: "visitor.went_offline" }),
      }),
    ]);
  });
});
