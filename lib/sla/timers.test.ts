import { describe, expect, it } from "vitest";
import {
  onAgentReply,
  onConversationClosed,
  onConversationCreated,
  onVisitorMessage,
  policyOf,
  slaStanding,
} from "./timers";

const now = new Date("2026-11-01T09:00:00Z");
const min = (n: number) => new Date(now.getTime() + n * 60_000);
const policy = policyOf({
  id: "p",
  workspaceId: "w",
  groupId: "g",
  firstResponseMinutes: 10,
  nextResponseMinutes: 20,
  resolutionMinutes: 600,
  warningPercent: 75,
  createdAt: now,
  updatedAt: now,
});

describe("SLA clocks (SL1–SL3)", () => {
  it("SL1: a new conversation starts first-response and resolution clocks, warning at 75 %", () => {
    const plan = onConversationCreated(policy, now);
    expect(plan.start).toEqual([
      { target: "first_response", startedAt: now, warnAt: min(7.5), dueAt: min(10) },
      { target: "resolution", startedAt: now, warnAt: min(450), dueAt: min(600) },
    ]);
    expect(onConversationCreated(null, now)).toEqual({ start: [], end: [] });
    expect(onConversationCreated({ ...policy, resolutionMs: null }, now).start.map((s) => s.target)).toEqual([
      "first_response",
    ]);
  });

  it("SL3: an agent reply meets the awaited response, never the resolution", () => {
    const running = [
      { id: "1", target: "first_response" as const },
      { id: "2", target: "resolution" as const },
    ];
    expect(onAgentReply(running)).toEqual({ start: [], end: [{ id: "1", state: "met" }] });
  });

  it("a visitor message after an agent reply restarts the next-response clock, once", () => {
    const resolution = [{ id: "2", target: "resolution" as const }];
    expect(onVisitorMessage(policy, resolution, true, now).start).toEqual([
      { target: "next_response", startedAt: now, warnAt: min(15), dueAt: min(20) },
    ]);
    const waiting = [...resolution, { id: "3", target: "next_response" as const }];
    expect(onVisitorMessage(policy, waiting, true, now).start).toEqual([]);
    // Before any agent reply, the first-response clock is the one that counts.
    expect(onVisitorMessage(policy, resolution, false, now).start).toEqual([]);
    expect(onVisitorMessage({ ...policy, nextResponseMs: null }, resolution, true, now).start).toEqual([]);
  });

  it("SL3: closing meets the resolution target and cancels the awaited responses", () => {
    const running = [
      { id: "1", target: "next_response" as const },
      { id: "2", target: "resolution" as const },
    ];
    expect(onConversationClosed(running).end).toEqual([
      { id: "1", state: "cancelled" },
      { id: "2", state: "met" },
    ]);
  });

  it("a clock is on track, then at risk from its warning point, then breached at its target", () => {
    const timer = { warnAt: min(7), dueAt: min(10) };
    expect(slaStanding(timer, min(6))).toBe("on_track");
    expect(slaStanding(timer, min(7))).toBe("at_risk");
    expect(slaStanding(timer, min(10))).toBe("breached");
  });
});
