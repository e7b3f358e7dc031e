// Issue 9 "IC6 coalescing in a batch": several messages' 10 s push steps claimed together (the once-a-minute cron,
// a backlog) become one notification, the newest message's.
import { describe, expect, it } from "vitest";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import { withDemoWorkspace } from "@/test/demo";
import { at, newConversation } from "../testing/new-conversation";
import { outboxOf } from "../testing/outbox-rows";
import { recordingRegistry } from "../testing/pipeline-fakes";
import { dispatchDue } from "./dispatch";

const demo = withDemoWorkspace();

describe("IC6 coalescing in a batch", () => {
  it("when several messages' 10 s steps come due together, only the newest is sent", async () => {
    const start = new Date(Date.now() + 3_600_000);
    const c = await newConversation(demo.conn, demo.workspaceId, start);
    const { db } = demo.conn;
    const fakes = recordingRegistry(undefined, ["web_push"]);
    await dispatchDue(db, { registry: fakes.registry, now: at(start, 1_000) }); // the first message's in-app
    const pushes: { id: string }[] = [];
    for (const [i, body] of ["Anyone?", "Hello??", "Still there?"].entries()) {
      const t = at(start, 30_000 + i * 2_000);
      const m = await postVisitorMessage(
        db,
        { workspaceId: demo.workspaceId, visitorId: c.visitorId, body },
        t,
      );
      const push = (await outboxOf(db, `message.created:${m.message.id}`)).deliveries.find(
        (d) => d.channel === "web_push",
      );
      if (!push) throw new Error("no web push planned");
      pushes.push(push);
    }
    fakes.sent.length = 0;
    await dispatchDue(db, { registry: fakes.registry, now: at(start, 90_000) }); // one batch takes all three
    const newest = pushes[pushes.length - 1];
    expect(fakes.sent.filter((id) => pushes.some((p) => p.id === id))).toEqual([newest.id]);
  });
});
