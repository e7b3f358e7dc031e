// SK6: every later message of a conversation — from the widget, the app, email, SMS — is mirrored into its Slack
// thread with the author's name. A message that came from Slack is already in the thread: never echoed back.
// A line Slack refuses for a passing reason (429, network, 5xx) is posted again later, like a delivery (X3):
// at Slack's Retry-After, else on the outbox's backoff, at most 5 attempts; the worker's sweep posts it.
import type { Db } from "@/db/client";
import { findMessageToMirror } from "@/db/queries/slack";
import {
  claimDueSlackMirrorRetries,
  deleteSlackMirrorRetry,
  scheduleSlackMirrorRetry,
} from "@/db/queries/slack-mirror-retries";
import { visitorLabel } from "@/lib/chat/visitor-label";
import { settleDelivery } from "@/lib/notifications/delivery/delivery-checks";
import type { RecordedEvent } from "@/lib/notifications/outbox/record";
import { deliveryFailureOf, type SlackClientOptions, slackFailureOf } from "./client";
import { slackConnectionOf } from "./connection";

const slackEscape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

type Mirrored =
  | { ok: true }
  | { ok: false; workspaceId: string; error: string; retryable: boolean; retryAfterSeconds?: number };

// One message.created event's line in its thread; nothing to do (no thread, from Slack, Slack gone) is ok.
async function mirrorOne(db: Db, eventId: string, options: SlackClientOptions): Promise<Mirrored> {
  const m = await findMessageToMirror(db, eventId);
  if (!m?.slackChannelId || !m.slackThreadTs || m.channel === "slack") return { ok: true };
  const slack = await slackConnectionOf(db, m.workspaceId, options);
  if (!slack) return { ok: true };
  const author =
    m.authorType === "visitor"
      ? visitorLabel({ visitorId: m.visitorId, name: m.visitorName, email: m.visitorEmail })
      : (m.authorName ?? "Herald");
  const label = m.internal ? `${author} (internal note)` : `${author} (${m.channel})`;
  try {
    await slack.client.chat.postMessage({
      channel: m.slackChannelId,
      thread_ts: m.slackThreadTs,
      text: `*${slackEscape(label)}*: ${slackEscape(m.body)}`,
      unfurl_links: false,
    });
    return { ok: true };
  } catch (error) {
    const failed = deliveryFailureOf(slackFailureOf(error));
    if (failed.status !== "failed") return { ok: true };
    return { ok: false, workspaceId: m.workspaceId, ...failed };
  }
}

// When a line that failed `attempt` times is tried again, or null when it is not (permanent, or the last try).
function nextAttemptOf(failed: Extract<Mirrored, { ok: false }>, attempt: number, now: Date): Date | null {
  const settled = settleDelivery(
    { ok: false, transient: failed.retryable, error: failed.error },
    attempt,
    now,
  );
  if (settled.status !== "retry") return null;
  return failed.retryAfterSeconds !== undefined
    ? new Date(now.getTime() + failed.retryAfterSeconds * 1000)
    : settled.retryAt;
}

export async function mirrorToSlackThreads(
  db: Db,
  recorded: readonly RecordedEvent[],
  options: SlackClientOptions = {},
  now = new Date(),
): Promise<string[]> {
  const failures: string[] = [];
  for (const r of recorded) {
    if (r.replayed || !r.eventId.startsWith("message.created:")) continue;
    const mirrored = await mirrorOne(db, r.eventId, options);
    if (mirrored.ok) continue;
    failures.push(`${r.eventId}: ${mirrored.error}`);
    const retryAt = nextAttemptOf(mirrored, 1, now);
    if (retryAt) {
      await scheduleSlackMirrorRetry(db, {
        eventId: r.eventId,
        workspaceId: mirrored.workspaceId,
        attempts: 1,
        nextAttemptAt: retryAt,
        lastError: mirrored.error,
      });
    }
  }
  // The conversation itself is saved; a passing failure is retried by the sweep, a permanent one is reported.
  for (const failure of failures) console.error(`Slack thread mirror failed: ${failure}`);
  return failures;
}

const LEASE_MS = 60_000;

// The worker's sweep: every due line posted again; returns when to look again.
export async function retryDueSlackMirrors(
  db: Db,
  options: SlackClientOptions & { now?: Date } = {},
): Promise<{ posted: number; gaveUp: number; wakeAt: Date[] }> {
  const now = options.now ?? new Date();
  const report = { posted: 0, gaveUp: 0, wakeAt: [] as Date[] };
  for (const row of await claimDueSlackMirrorRetries(db, { now, leaseMs: LEASE_MS, limit: 100 })) {
    const mirrored = await mirrorOne(db, row.eventId, options);
    const attempt = row.attempts + 1;
    const retryAt = mirrored.ok ? null : nextAttemptOf(mirrored, attempt, now);
    if (mirrored.ok || !retryAt) {
      await deleteSlackMirrorRetry(db, row.workspaceId, row.eventId);
      if (mirrored.ok) report.posted++;
      else {
        report.gaveUp++;
        console.error(
          `Slack thread mirror gave up after ${attempt} attempts: ${row.eventId}: ${mirrored.error}`,
        );
      }
      continue;
    }
    await scheduleSlackMirrorRetry(db, {
      eventId: row.eventId,
      workspaceId: row.workspaceId,
      attempts: attempt,
      nextAttemptAt: retryAt,
      lastError: mirrored.error,
    });
    report.wakeAt.push(retryAt);
  }
  return report;
}
