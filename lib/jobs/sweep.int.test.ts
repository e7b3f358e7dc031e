// Issue 9 "A poison row stalls dispatch": the SLA sweep shares the job with dispatch, so it must not stop it.
import { describe, expect, it } from "vitest";
import { at, deliveryOf, newConversation } from "@/lib/notifications/testing/new-conversation";
import { recordingRegistry } from "@/lib/notifications/testing/pipeline-fakes";
import { withDemoWorkspace } from "@/test/demo";
import { sweepOutbox } from "./sweep";

const demo = withDemoWorkspace();

describe("A poison row stalls dispatch", () => {
  it("SLA sweep isolated from dispatch: a throwing SLA timer does not stop dispatch", async () => {
    const c = await newConversation(demo.conn, demo.workspaceId, at(new Date(), -1_000));
    const fakes = recordingRegistry();
    const fireSlaAlerts = async () => {
      throw new Error("an SLA timer that no longer loads");
    };
    const report = await sweepOutbox(demo.conn.db, fakes.registry, { fireSlaAlerts });
    expect(report.slaError).toBe("an SLA timer that no longer loads");
    expect(await deliveryOf(demo.conn, c.eventId, c.sent("in_app").id)).toMatchObject({
      status: "delivered",
    });
  });
});
