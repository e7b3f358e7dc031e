// Table-driven planner tests: each case names its rule id; the coverage test reads the same tables to check
// that every planner rule id and every reason code of RULES.md is exercised.
import { expect, it } from "vitest";
import type { HeraldEvent } from "../../events/event";
import type { Decision, DeliveryChannel, Presentation, ReasonCode, RuleId } from "../decision";
import { recipientKey } from "../decision";
import { plan } from "../plan";
import type { Snapshot } from "../snapshot";
import { now } from "./fixtures";

export interface DecisionMatch {
  to: string; // "user:nadia", "visitor:v1", "slack_channel:C1"
  channel: DeliveryChannel;
  reason: ReasonCode;
  rule?: RuleId;
  delayMs?: number;
  presentation?: Presentation;
}

export interface PlanCase {
  name: string;
  event: HeraldEvent;
  snapshot: Snapshot;
  expect: DecisionMatch[];
  absent?: string[]; // no decision at all for these recipients ("user:zoe") or recipient/channel ("user:zoe/email")
  exactly?: boolean; // no decisions besides the expected ones
}

export interface ReasonCase {
  name: string;
  actual: () => ReasonCode;
  expected: ReasonCode;
}

export interface CheckCase {
  name: string;
  check: () => void;
}

export interface CaseBook {
  plan?: PlanCase[];
  reasons?: ReasonCase[];
  checks?: CheckCase[];
}

export const planCase = (c: PlanCase) => plan(c.event, c.snapshot, now);

export function findDecision(
  decisions: Decision[],
  to: string,
  channel: DeliveryChannel,
): Decision | undefined {
  return decisions.find((d) => recipientKey(d.recipient) === to && d.channel === channel);
}

function assertMatch(decisions: Decision[], m: DecisionMatch) {
  const d = findDecision(decisions, m.to, m.channel);
  const label = `${m.to} on ${m.channel}`;
  expect(d, `no decision for ${label}`).toBeDefined();
  if (!d) return;
  expect(d.reason, label).toBe(m.reason);
  expect(d.outcome, label).toBe(m.reason === "sent" ? "send" : "suppress");
  if (m.rule) expect(d.rule, label).toBe(m.rule);
  if (m.delayMs !== undefined) expect(d.sendAt.getTime() - now.getTime(), label).toBe(m.delayMs);
  if (m.presentation) expect(d.presentation, label).toMatchObject(m.presentation);
}

export function runCaseBook(book: CaseBook) {
  for (const c of book.plan ?? []) {
    it(c.name, () => {
      const decisions = planCase(c);
      for (const m of c.expect) assertMatch(decisions, m);
      for (const absent of c.absent ?? []) {
        const [to, channel] = absent.split("/");
        const found = decisions.filter(
          (d) => recipientKey(d.recipient) === to && (!channel || d.channel === channel),
        );
        expect(found, `${absent} should have no decision`).toEqual([]);
      }
      if (c.exactly) expect(decisions).toHaveLength(c.expect.length);
    });
  }
  for (const c of book.reasons ?? []) it(c.name, () => expect(c.actual()).toBe(c.expected));
  for (const c of book.checks ?? []) it(c.name, c.check);
}
