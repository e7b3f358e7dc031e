import { expect } from "vitest";
import { notSentForWantOfCredit } from "@/lib/billing/text-charge";
import type { Decision } from "../planner/decision";
import type { CaseBook } from "../planner/testing/cases";
import { now } from "../planner/testing/fixtures";
import { type DelayedStepState, recheckDelayedDecision, settleDelivery } from "./delivery-checks";

const later = (ms: number) => new Date(now.getTime() + ms);
const step = (over: Partial<Decision>): Decision => ({
  rule: "IC6",
  recipient: { kind: "user", userId: "nadia" },
  channel: "email",
  outcome: "send",
  reason: "sent",
  sendAt: later(180_000),
  idempotencyKey: "e1|user:nadia|email",
  ...over,
});
const email = step({});
const visitorSms = step({ rule: "FU4", recipient: { kind: "visitor", visitorId: "v1" }, channel: "sms" });
const state = (over: Partial<DelayedStepState> = {}): DelayedStepState => ({
  eventAt: now,
  readAt: null,
  newerPendingAt: null,
  pushReceiptAt: null,
  focus: "away",
  ...over,
});
const recheck = (d: Decision, s: DelayedStepState) => recheckDelayedDecision(d, s).reason;

export const deliveryCheckCases: CaseBook = {
  reasons: [
    {
      name: "IC6: the delayed email still goes when nobody read",
      actual: () => recheck(email, state()),
      expected: "sent",
    },
    {
      name: "IC6: nothing is sent if the agent read the messages meanwhile",
      actual: () => recheck(email, state({ readAt: later(60_000) })),
      expected: "read_meanwhile",
    },
    {
      name: "IC6: several messages in the window become one notification (the newest one's)",
      actual: () => recheck(email, state({ newerPendingAt: later(30_000) })),
      expected: "already_notified",
    },
    {
      name: "IC4: an agent back in the app when the delay ends gets no external notification",
      actual: () => recheck(email, state({ focus: "active" })),
      expected: "active_in_app",
    },
    {
      name: "FU3: a push receipt within 30 s cancels the SMS and email",
      actual: () => recheck(visitorSms, state({ pushReceiptAt: later(5_000), focus: null })),
      expected: "receipt_received",
    },
    {
      name: "FU3: a visitor who came back and read gets no SMS",
      actual: () => recheck(visitorSms, state({ readAt: later(10_000), focus: null })),
      expected: "read_meanwhile",
    },
    {
      name: "FU7: a text the SMS wallet cannot pay for is not sent",
      actual: () => {
        const result = notSentForWantOfCredit({
          outcome: "insufficient_balance",
          amountMinor: 8,
          balanceMinor: 5,
        });
        return result.status === "failed" ? (result.reason ?? "provider_error") : "sent";
      },
      expected: "insufficient_balance",
    },
    {
      name: "X3: a permanent provider failure is recorded as failed with provider_error",
      actual: () =>
        settleDelivery({ ok: false, transient: false, error: "21211 invalid number" }, 1, now).reason,
      expected: "provider_error",
    },
  ],
  checks: [
    {
      name: "X3: transient failures retry with exponential backoff, then fail",
      check: () => {
        const busy = { ok: false, transient: true, error: "503" } as const;
        expect(settleDelivery(busy, 1, now)).toMatchObject({ status: "retry", retryAt: later(5_000) });
        expect(settleDelivery(busy, 3, now)).toMatchObject({ status: "retry", retryAt: later(20_000) });
        expect(settleDelivery(busy, 5, now)).toMatchObject({ status: "failed", reason: "provider_error" });
        expect(settleDelivery({ ok: true, providerId: "SM1" }, 2, now)).toMatchObject({
          status: "delivered",
        });
      },
    },
  ],
};
