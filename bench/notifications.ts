// The notification pipeline on PGlite in memory: queries to load an event's snapshot at 10, 100 and 1,000
// members (must be equal), planning + recording time per event (conversation.created to a group of that size,
// everyone away: in-app plus external deliveries for each), and deliveries per second one worker sends to
// capture adapters. Run: npx tsx bench/notifications.ts [events per size]
import { performance } from "node:perf_hooks";
import { connect } from "../db/client";
import { migrate } from "../db/migrate";
import { conversations, visitors } from "../db/schema";
import { captureAdapter } from "../lib/channels/capture";
import { channelRegistry } from "../lib/channels/index";
import { dispatchDue } from "../lib/notifications/delivery/dispatch";
import { conversationCreated } from "../lib/notifications/events/domain-events";
import { recordEvent } from "../lib/notifications/outbox/record";
import { loadSnapshot } from "../lib/notifications/planner/load-snapshot";
import { countingDb } from "../test/query-counter";
import { workspaceOfSize } from "../test/workspace-of-size";
import { percentiles } from "./support/stats";

const EVENTS = Number(process.argv[2] ?? 5);
const conn = connect(undefined, "memory://");
await migrate(conn);
const counter = countingDb(conn);

const queriesPerEvent: Record<string, number> = {};
const recordMs: Record<string, number> = {};
let deliveries = 0;
for (const size of [10, 100, 1000]) {
  const w = await workspaceOfSize(conn.db, size);
  counter.reset();
  const first = { workspaceId: w.workspaceId, visitorId: w.visitorId, conversationId: w.conversationId };
  await loadSnapshot(counter.db, conversationCreated(first, new Date()), new Date());
  queriesPerEvent[size] = counter.count();
  const samples: number[] = [];
  for (let i = 0; i < EVENTS; i++) {
    // A new visitor each time: a visitor has one open conversation at a time.
    const [v] = await conn.db.insert(visitors).values({ workspaceId: w.workspaceId }).returning();
    const [c] = await conn.db
      .insert(conversations)
      .values({ workspaceId: w.workspaceId, visitorId: v.id, groupId: w.groupId })
      .returning();
    const subject = { workspaceId: w.workspaceId, visitorId: v.id, conversationId: c.id };
    const event = conversationCreated(subject, new Date());
    const start = performance.now();
    const recorded = await conn.db.transaction((tx) => recordEvent(tx, event));
    samples.push(performance.now() - start);
    deliveries += recorded.dueDeliveryIds.length;
  }
  recordMs[size] = percentiles(samples).p50_ms;
}

// Every channel captures (in-app too: no realtime server here), so this measures the worker's own cost.
const registry = channelRegistry({ overrides: { in_app: captureAdapter("in_app") } });
const start = performance.now();
const report = await dispatchDue(conn.db, { registry, now: new Date(Date.now() + 3_600_000), limit: 500 });
const seconds = (performance.now() - start) / 1000;
const sent = Object.values(report.counts).reduce((a, b) => a + b, 0);
await conn.close();

console.log(
  JSON.stringify({
    bench: "notifications",
    snapshot_queries_per_event: queriesPerEvent,
    record_event_p50_ms: recordMs,
    events_per_size: EVENTS,
    due_at_once: deliveries,
    dispatched: sent,
    deliveries_per_second: Math.round(sent / seconds),
  }),
);
