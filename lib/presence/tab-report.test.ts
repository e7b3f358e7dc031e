import { describe, expect, it } from "vitest";
import {
  conversationIdFromPath,
  isReportDue,
  pageFromPath,
  type SentReport,
  type TabState,
  toTabReport,
} from "./tab-report";

const state: TabState = {
  visible: true,
  focused: true,
  conversationId: null,
  page: null,
  lastInputAt: 1_000,
};
const sent = (at: number, s: Partial<TabState> = {}): SentReport => ({ state: { ...state, ...s }, at });

describe("agent tab reports", () => {
  it("reports at once the first time", () => {
    expect(isReportDue(null, state, 0)).toBe(true);
  });
  it("reports a change of visibility, focus or conversation, at most once a second", () => {
    const last = sent(10_000);
    expect(isReportDue(last, { ...state, visible: false }, 10_500)).toBe(false);
    expect(isReportDue(last, { ...state, visible: false }, 11_000)).toBe(true);
    expect(isReportDue(last, { ...state, focused: false }, 11_000)).toBe(true);
    expect(isReportDue(last, { ...state, conversationId: "c1" }, 11_000)).toBe(true);
    expect(isReportDue(last, { ...state, page: "supervisor" }, 11_000)).toBe(true);
    expect(isReportDue(last, state, 11_000)).toBe(false);
  });
  it("reports input when the server's copy is 10 s stale, not every keystroke", () => {
    const last = sent(10_000, { lastInputAt: 10_000 });
    expect(isReportDue(last, { ...state, lastInputAt: 15_000 }, 15_000)).toBe(false);
    expect(isReportDue(last, { ...state, lastInputAt: 20_000 }, 20_000)).toBe(true);
    expect(isReportDue(sent(10_000, { lastInputAt: null }), state, 11_000)).toBe(true);
  });
  it("reports every 20 s even when nothing changed", () => {
    expect(isReportDue(sent(0), state, 19_999)).toBe(false);
    expect(isReportDue(sent(0), state, 20_000)).toBe(true);
  });
  it("sends the time since the last input, not the browser's clock", () => {
    expect(toTabReport("t", state, 4_000)).toEqual({
      tabId: "t",
      visible: true,
      focused: true,
      conversationId: null,
      page: null,
      msSinceInput: 3_000,
    });
    expect(toTabReport("t", { ...state, lastInputAt: null }, 4_000).msSinceInput).toBeNull();
  });
  it("names the supervisor dashboard page (AS1) and no other", () => {
    expect(pageFromPath("/supervisor")).toBe("supervisor");
    expect(pageFromPath("/supervisor/")).toBe("supervisor");
    expect(pageFromPath("/supervisors")).toBeNull();
    expect(pageFromPath("/inbox")).toBeNull();
  });
  it("reads the conversation from /inbox/<uuid> only", () => {
    const id = "0b7c2f0e-8f2a-4c3e-9d4f-1a2b3c4d5e6f";
    expect(conversationIdFromPath(`/inbox/${id}`)).toBe(id);
    expect(conversationIdFromPath("/inbox")).toBeNull();
    expect(conversationIdFromPath("/inbox/not-a-uuid")).toBeNull();
    expect(conversationIdFromPath(`/live/${id}`)).toBeNull();
  });
});
