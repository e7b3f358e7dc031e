// SK6: every later message of a conversation — from the widget, the app, email, SMS — is mirrored into its Slack
// thread with the author's name. A message that came from Slack is already in the thread: never echoed back.
import type { Db } from "@/db/client";
import { findMessageToMirror } from "@/db/queries/slack";
import { visitorLabel } from "@/lib/chat/visitor-label";
import type { RecordedEvent } from "@/lib/notifications/outbox/record";
import { type SlackClientOptions, slackFailureOf } from "./client";
import { slackConnectionOf } from "./connection";

const slackEscape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export async function mirrorToSlackThreads(
  db: Db,
  recorded: readonly RecordedEvent[],
  options: SlackClientOptions = {},
): Promise<string[]> {
  const failures: string[] = [];
  for (const r of recorded) {
    if (r.replayed || !r.eventId.startsWith("message.created:")) continue;
    const m = await findMessageToMirror(db, r.eventId);
    if (!m?.slackChannelId || !m.slackThreadTs || m.channel === "slack") continue;
    const slack = await slackConnectionOf(db, m.workspaceId, options);
    if (!slack) continue;
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
    } catch (error) {
      failures.push(`${r.eventId}: ${slackFailureOf(error).code}`);
    }
  }
  // The conversation itself is saved; a thread that missed a line is reported, not retried (no outbox row).
  for (const failure of failures) console.error(`Slack thread mirror failed: ${failure}`);
  return failures;
}
