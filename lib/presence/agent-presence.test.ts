import { describe, expect, it } from "vitest";
import { type AgentSignals, agentPresence, presenceFor } from "./agent-presence";

const now = new Date("2026-11-21T12:00:00Z");
const open: AgentSignals = {
  connected: true,
  visible: true,
  focused: true,
  conversationId: null,
  lastInputAt: now,
};

describe("agent presence", () => {
  it("is away with no open app", () => {
    expect(agentPresence({ ...open, connected: false }, now)).toEqual({ state: "away" });
  });
  it("is background when the tab is hidden or another window has focus", () => {
    expect(agentPresence({ ...open, visible: false }, now)).toEqual({ state: "background" });
    expect(agentPresence({ ...open, focused: false, conversationId: "c1" }, now)).toEqual({
      state: "background",
    });
  });
  it("is viewing a conversation the focused app shows", () => {
    expect(agentPresence({ ...open, conversationId: "c1" }, now)).toEqual({
      state: "viewing",
      conversationId: "c1",
    });
  });
  it("is active with input in the last 30 s, background after", () => {
    expect(agentPresence({ ...open, lastInputAt: new Date(now.getTime() - 30_000) }, now)).toEqual({
      state: "active",
    });
    expect(agentPresence({ ...open, lastInputAt: new Date(now.getTime() - 30_001) }, now)).toEqual({
      state: "background",
    });
  });
  it("counts viewing another conversation as active elsewhere", () => {
    const p = agentPresence({ ...open, conversationId: "c1" }, now);
    expect(presenceFor(p, "c1")).toBe("viewing");
    expect(presenceFor(p, "c2")).toBe("active");
  });
});
