import { expect } from "vitest";
import { type HeraldEvent, parseEvent } from "../events/event";
import { explainForUser } from "../explain/explain";
import { type Decision, recipientKey } from "./decision";
import { plan } from "./plan";
import { ruleCaseBooks } from "./testing/all-cases";
import type { CaseBook, PlanCase } from "./testing/cases";
import { conversation, events, group, member, now, snapshot, visitor } from "./testing/fixtures";

const allPlanCases = (): PlanCase[] => ruleCaseBooks.flatMap((b) => b.plan ?? []);
const run = (c: PlanCase) => plan(c.event, c.snapshot, now);

const groupConversation = snapshot({
  members: [member("nadia"), member("omar"), member("zoe")],
  conversation: conversation({ group: group(["nadia", "omar"]) }),
});
const liveView = snapshot({
  members: [member("nadia", { availability: "dnd" }), member("zoe")],
  visitor: visitor(),
  account: { id: "acme", target: false, owners: [{ crmUserId: "crm-nadia", userId: "nadia" }] },
});
const explain = (event: HeraldEvent, decisions: Decision[], userId: string) =>
  explainForUser(event, decisions, userId).reason;
const created = events.conversationCreated();
const visit = events.visitStarted();

export const planCases: CaseBook = {
  reasons: [
    {
      name: "X1: why wasn't Zoe notified of a Live View? She does not own the account",
      actual: () => explain(visit, plan(visit, liveView, now), "zoe"),
      expected: "not_account_owner",
    },
    {
      name: "X1: why wasn't Nadia notified of a Live View? She was in DND",
      actual: () => explain(visit, plan(visit, liveView, now), "nadia"),
      expected: "dnd",
    },
    {
      name: "X1: why wasn't Zoe notified of the new conversation? Not in the group",
      actual: () => explain(created, plan(created, groupConversation, now), "zoe"),
      expected: "not_in_group",
    },
    {
      name: "X1: Nadia was notified of the new conversation",
      actual: () => explain(created, plan(created, groupConversation, now), "nadia"),
      expected: "sent",
    },
  ],
  checks: [
    {
      name: "X1: every decision of every case carries a rule id and a reason consistent with its outcome",
      check: () => {
        for (const d of allPlanCases().flatMap(run)) {
          expect(d.rule).toMatch(/^[A-Z]{1,2}\d+$/);
          expect(d.outcome === "send").toBe(d.reason === "sent");
        }
      },
    },
    {
      name: "X2: idempotency keys are unique per event × recipient × channel in every plan",
      check: () => {
        for (const c of allPlanCases()) {
          const keys = run(c).map((d) => d.idempotencyKey);
          expect(new Set(keys).size, c.name).toBe(keys.length);
          for (const d of run(c))
            expect(d.idempotencyKey).toBe(`${c.event.id}|${recipientKey(d.recipient)}|${d.channel}`);
        }
      },
    },
    {
      name: "X2: a replayed event plans the same decisions in the same order; another event gets other keys",
      check: () => {
        for (const c of allPlanCases()) expect(run(c), c.name).toEqual(run(c));
        const first = plan(events.visitorMessage("e1"), groupConversation, now).map((d) => d.idempotencyKey);
        const second = plan(events.visitorMessage("e2"), groupConversation, now).map((d) => d.idempotencyKey);
        expect(first.length).toBeGreaterThan(0);
        expect(first.filter((k) => second.includes(k))).toEqual([]);
      },
    },
    {
      name: "X2: an event stored as JSON parses back to the same event (replay from the outbox)",
      check: () => {
        const note = events.internalNote("nadia", ["zoe"]);
        expect(parseEvent(JSON.parse(JSON.stringify(note)))).toEqual(note);
        expect(() => parseEvent({ ...note, type: "message.deleted" })).toThrow();
      },
    },
    {
      name: "X4: every user who is sent anything also gets it in the notification center",
      check: () => {
        for (const c of allPlanCases()) {
          const decisions = run(c);
          const notified = new Set(
            decisions
              .filter((d) => d.recipient.kind === "user" && d.outcome === "send")
              .map((d) => recipientKey(d.recipient)),
          );
          for (const to of notified) {
            const center = decisions.find((d) => recipientKey(d.recipient) === to && d.channel === "in_app");
            expect(center?.outcome, `${c.name}: ${to}`).toBe("send");
            expect(center?.presentation?.notificationCenter, `${c.name}: ${to}`).toBe(true);
          }
        }
      },
    },
  ],
};
