// The one after-commit seam (DESIGN.md "Shape"): a request's effects are published and sent once, together.
import { describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import type { RecordedEvent } from "@/lib/notifications/outbox/record";
import type { Publication } from "@/lib/realtime/publish";
import { effectsCollector } from "./apply";

const db = {} as Db;
const pub = (channel: string): Publication => ({ channel, event: "conversation.updated", data: {} as never });
const recorded = (eventId: string): RecordedEvent => ({
  eventId,
  replayed: false,
  decisions: 1,
  dueDeliveryIds: [`${eventId}-d`],
  nextDueAt: null,
});

describe("effects applied after commit", () => {
  it("publishes every publication once and sends every recorded event, in one go", async () => {
    const deps = { publish: vi.fn(async () => ({ ok: true })), send: vi.fn(async () => {}) };
    const { after: collect, apply } = effectsCollector(deps);
    collect({ publications: [pub("a")], notifications: recorded("e1") });
    collect({ publications: [pub("b")], notifications: [recorded("e2"), recorded("e3")] });
    collect({ notifications: null });
    expect(deps.publish).not.toHaveBeenCalled(); // nothing before the wrapper applies them
    await apply(db);
    expect(deps.publish).toHaveBeenCalledExactlyOnceWith([pub("a"), pub("b")]);
    expect(deps.send).toHaveBeenCalledExactlyOnceWith(db, [recorded("e1"), recorded("e2"), recorded("e3")]);
  });

  it("does nothing for a request without effects", async () => {
    const deps = { publish: vi.fn(async () => ({ ok: true })), send: vi.fn(async () => {}) };
    await effectsCollector(deps).apply(db);
    expect(deps.publish).not.toHaveBeenCalled();
    expect(deps.send).not.toHaveBeenCalled();
  });
});
