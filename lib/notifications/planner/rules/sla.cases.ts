import { expect } from "vitest";
import { slaDeadlines } from "../../../sla/deadlines";
import type { Snapshot } from "../snapshot";
import type { CaseBook } from "../testing/cases";
import { conversation, events, group, member, now, presence, snapshot } from "../testing/fixtures";

const running = (over: Partial<Snapshot> = {}) =>
  snapshot({
    members: [
      member("nadia"),
      member("omar"),
      member("sam", { role: "supervisor", presence: presence.active }),
      member("zoe"),
    ],
    conversation: conversation({ assigneeId: "nadia", group: group(["nadia", "omar"]) }),
    slaTimer: { state: "running" },
    ...over,
  });
const minutes = (n: number) => n * 60_000;

export const slaCases: CaseBook = {
  plan: [
    {
      name: "SL2: the warning goes to the assignee, at once",
      event: events.sla("warning"),
      snapshot: running(),
      expect: [
        { to: "user:nadia", channel: "in_app", reason: "sent", rule: "SL2" },
        { to: "user:nadia", channel: "email", reason: "sent", rule: "SL2", delayMs: 0 },
      ],
      absent: ["user:omar", "user:sam", "user:zoe"],
    },
    {
      name: "SL2: the warning on an unassigned conversation goes to its group",
      event: events.sla("warning"),
      snapshot: running({ conversation: conversation({ group: group(["nadia", "omar"]) }) }),
      expect: [
        { to: "user:nadia", channel: "web_push", reason: "sent" },
        { to: "user:omar", channel: "web_push", reason: "sent" },
      ],
      absent: ["user:sam"],
    },
    {
      name: "SL2: the breach goes to the assignee and the supervisors",
      event: events.sla("breached"),
      snapshot: running(),
      expect: [
        { to: "user:nadia", channel: "in_app", reason: "sent", rule: "SL2" },
        { to: "user:sam", channel: "in_app", reason: "sent", rule: "SL2", presentation: { toast: true } },
      ],
      absent: ["user:omar", "user:zoe"],
    },
    {
      name: "SL3: a reply (timer met) or closing (timer cancelled) stops a pending warning and breach",
      event: events.sla("breached"),
      snapshot: running({ slaTimer: { state: "met" } }),
      expect: [],
      exactly: true,
    },
    {
      name: "SL3: each breach is sent at most once per conversation and target",
      event: events.sla("breached"),
      snapshot: running({ alreadyNotified: new Set(["sla.breached:c1:first_response"]) }),
      expect: [
        { to: "user:nadia", channel: "in_app", reason: "already_notified", rule: "SL3" },
        { to: "user:sam", channel: "in_app", reason: "already_notified", rule: "SL3" },
      ],
      exactly: true,
    },
    {
      name: "SL3: a warning already sent does not block the breach, nor another target's warning",
      event: events.sla("warning", "next_response"),
      snapshot: running({
        alreadyNotified: new Set(["sla.warning:c1:first_response", "sla.breached:c1:next_response"]),
      }),
      expect: [{ to: "user:nadia", channel: "in_app", reason: "sent" }],
    },
  ],
  checks: [
    {
      name: "SL1: the warning point defaults to 75 % of the target; an unset target has no deadlines",
      check: () => {
        const policy = { firstResponseMs: minutes(4), nextResponseMs: minutes(10), resolutionMs: null };
        expect(slaDeadlines(policy, "first_response", now)).toEqual({
          warnAt: new Date(now.getTime() + minutes(3)),
          breachAt: new Date(now.getTime() + minutes(4)),
        });
        expect(slaDeadlines({ ...policy, warningPoint: 0.5 }, "next_response", now)?.warnAt).toEqual(
          new Date(now.getTime() + minutes(5)),
        );
        expect(slaDeadlines(policy, "resolution", now)).toBeNull();
      },
    },
  ],
};
