// Heartbeats that arrive together are written together: one UPDATE for up to MAX_BATCH beats instead of one
// each. A batch leaves GATHER_MS after its first beat (a beat's answer carries nothing the loader waits for,
// so a few ms are free), and while one is in flight the next fills up.
// On PGlite an UPDATE costs ~0.35 ms plus ~0.04 ms per beat, so one beat alone costs ~0.4 ms and one in a
// batch of 50 ~0.06 ms; PGlite shares the server's one thread with Next (bench/heartbeat.ts).
import type { Db } from "@/db/client";
import { type Beat, type BeatResult, beatCurrentVisits } from "@/db/queries/visits";

const MAX_BATCH = 200;
const GATHER_MS = 5;

interface Waiting {
  beat: Beat;
  resolve: (row: BeatResult | undefined) => void;
  reject: (error: unknown) => void;
}

interface Queue {
  waiting: Waiting[];
  draining: boolean;
}

const queues = new WeakMap<Db, Queue>(); // per database: tests each have their own
const visitorKey = (b: { workspaceId: string; visitorId: string }) => `${b.workspaceId}:${b.visitorId}`;

// The visit's signals before and after this beat, or undefined when the visitor has no visit still going.
export function beatInBatch(db: Db, beat: Beat): Promise<BeatResult | undefined> {
  const queue = queues.get(db) ?? { waiting: [], draining: false };
  queues.set(db, queue);
  return new Promise((resolve, reject) => {
    queue.waiting.push({ beat, resolve, reject });
    if (!queue.draining) {
      queue.draining = true;
      setTimeout(() => drain(db, queue), GATHER_MS);
    }
  });
}

async function drain(db: Db, queue: Queue) {
  while (queue.waiting.length > 0) {
    const batch = takeBatch(queue);
    try {
      const rows = await beatCurrentVisits(
        db,
        batch.map((w) => w.beat),
      );
      const byVisitor = new Map(rows.map((row) => [visitorKey(row), row]));
      for (const w of batch) w.resolve(byVisitor.get(visitorKey(w.beat)));
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  }
  queue.draining = false;
}

// At most one beat per visitor per batch: a second one (a visibility change right after a beat) waits for
// the next batch, so it sees the first one's result as its "before".
function takeBatch(queue: Queue): Waiting[] {
  const batch: Waiting[] = [];
  const rest: Waiting[] = [];
  const seen = new Set<string>();
  for (const w of queue.waiting) {
    const key = visitorKey(w.beat);
    if (batch.length < MAX_BATCH && !seen.has(key)) {
      seen.add(key);
      batch.push(w);
    } else rest.push(w);
  }
  queue.waiting = rest;
  return batch;
}
