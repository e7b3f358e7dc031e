// Recording a new conversation (conversation.created) in a group of 10, 100 and 1,000 members on PGlite in
// memory: the time of recordEvent inside the visitor's transaction (snapshot, plan, outbox rows), and the rows it
// wrote. Everyone is away with default preferences, so each member is planned in-app, web push and mobile push
// and suppressed on email and Slack. Budget (issue 9): p50 ≤ 50 ms at 1,000 members. PGlite runs in this
// process, so its CPU time is printed beside the wall time: on a shared, loaded machine it is the steadier figure.
// Run: npx tsx bench/recording.ts [events per size]
import { performance } from "node:perf_hooks";
import { count, eq } from "drizzle-orm";
import { connect } from "../db/client";
import { migrate } from "../db/migrate";
import { conversations, decisions, deliveries, visitors } from "../db/schema";
import { conversationCreated } from "../lib/notifications/events/domain-events";
import { recordEvent } from "../lib/notifications/outbox/record";
import { workspaceOfSize } from "../test/workspace-of-size";
import { percentiles } from "./support/stats";

const EVENTS = Number(process.argv[2] ?? 15);
const BUDGET_MS = 50;
const conn = connect(undefined, "memory://");
await migrate(conn);
const db = conn.db;

const rowsOf = async (eventId: string) => {
  const [d] = await db.select({ n: count() }).from(decisions).where(eq(decisions.eventId, eventId));
  const [v] = await db
    .select({ n: count() })
    .from(deliveries)
    .innerJoin(decisions, eq(decisions.id, deliveries.decisionId))
    .where(eq(decisions.eventId, eventId));
  return { decision_rows: d.n, delivery_rows: v.n };
};

const sizes: Record<string, unknown> = {};
for (const size of [10, 100, 1000]) {
  const w = await workspaceOfSize(db, size);
  const samples: number[] = [];
  const cpu: number[] = [];
  let rows = { decision_rows: 0, delivery_rows: 0 };
  // One warm-up event (first-query planning, JIT), then the measured ones; each from a new visitor, since a
  // visitor has one open conversation at a time.
  for (let i = 0; i <= EVENTS; i++) {
    const [v] = await db.insert(visitors).values({ workspaceId: w.workspaceId }).returning();
    const [c] = await db
      .insert(conversations)
      .values({ workspaceId: w.workspaceId, visitorId: v.id, groupId: w.groupId })
      .returning();
    const event = conversationCreated(
      { workspaceId: w.workspaceId, visitorId: v.id, conversationId: c.id },
      new Date(),
    );
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    await db.transaction((tx) => recordEvent(tx, event));
    const used = process.cpuUsage(cpuStart);
    if (i > 0) {
      samples.push(performance.now() - start);
      cpu.push((used.user + used.system) / 1000);
    }
    rows = await rowsOf(event.id);
  }
  sizes[size] = { ...percentiles(samples), cpu_p50_ms: percentiles(cpu).p50_ms, ...rows };
}
await conn.close();

const p50At1000 = (sizes[1000] as { p50_ms: number }).p50_ms;
console.log(
  JSON.stringify({
    bench: "recording",
    events_per_size: EVENTS,
    record_conversation_created: sizes,
    budget_p50_ms_at_1000: BUDGET_MS,
    within_budget: p50At1000 <= BUDGET_MS,
  }),
);
