// Planning cost in a large workspace: one conversation.created and one message.created among 1,000 agents
// (a routing group of 50 with a Slack channel, the rest outside). Budget: p50 ≤ 2 ms per event.
// Run: npx tsx bench/planner.ts [iterations]
import { performance } from "node:perf_hooks";
import type { HeraldEvent } from "../lib/notifications/events/event";
import { plan } from "../lib/notifications/planner/plan";
import type { MemberFacts, Snapshot } from "../lib/notifications/planner/snapshot";
import { percentiles } from "./support/stats";

const ITERATIONS = Number(process.argv[2] ?? 2000);
const WARMUP = 200;
const AGENTS = 1000;
const GROUP = 50;
const now = new Date("2026-11-21T12:00:00Z");

const presences: MemberFacts["presence"][] = [
  { state: "away" },
  { state: "active" },
  { state: "background" },
];
const members: MemberFacts[] = Array.from({ length: AGENTS }, (_, i) => ({
  userId: `user-${i}`,
  role: i % 100 === 0 ? "supervisor" : "agent",
  availability: i % 10 === 0 ? "dnd" : "available",
  presence: presences[i % presences.length] ?? { state: "away" },
  preferences: i % 2 === 0 ? { "team.email": true } : {},
  liveViewNotifications: true,
  slackUserId: i % 4 === 0 ? null : `U${i}`,
  onSupervisorDashboard: false,
}));
const snapshot: Snapshot = {
  workspace: { liveViewNotifications: true, preferenceDefaults: {}, followUps: { sms: true, email: true } },
  integrations: { slack: { globalChannelId: null }, accountBasedRouting: true },
  members,
  conversation: {
    id: "c1",
    status: "open",
    initiator: "visitor",
    assigneeId: null,
    group: { id: "g1", memberIds: members.slice(0, GROUP).map((m) => m.userId), slackChannelId: "CSALES" },
    visitorEverReplied: true,
    unreadByVisitor: [],
  },
  visitor: {
    id: "v1",
    email: "ana@acme.test",
    phone: null,
    contactEmail: "ana@acme.test",
    contactPhone: null,
    textOptedOut: false,
    hasMobilePushToken: false,
  },
  account: null,
  slaTimer: null,
  alreadyNotified: new Set(),
};
const base = { workspaceId: "w1", occurredAt: now };
const conversationCreated: HeraldEvent = {
  ...base,
  id: "e1",
  type: "conversation.created",
  conversationId: "c1",
  visitorId: "v1",
};
const messageCreated: HeraldEvent = {
  ...base,
  id: "e2",
  type: "message.created",
  conversationId: "c1",
  messageId: "m1",
  author: { kind: "visitor" },
  internal: false,
  mentionedUserIds: [],
};

function measure(event: HeraldEvent) {
  let decisions = 0;
  for (let i = 0; i < WARMUP; i++) plan(event, snapshot, now);
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const start = performance.now();
    decisions = plan(event, snapshot, now).length;
    samples.push(performance.now() - start);
  }
  const { p50_ms, p95_ms } = percentiles(samples, 3);
  return { decisions, p50_ms, p95_ms };
}

console.log(
  JSON.stringify({
    bench: "planner",
    agents: AGENTS,
    group: GROUP,
    iterations: ITERATIONS,
    conversation_created: measure(conversationCreated),
    message_created: measure(messageCreated),
    budget_p50_ms: 2,
  }),
);
