// Telling the thread: an ephemeral line to the one Slack user who acted, or a line everyone in the thread sees
// (what a shortcut or a close did). A thread post that fails is reported, not retried: the write it reports on
// is already committed and visible in Herald.
import type { WebClient } from "@slack/web-api";
import { slackFailureOf } from "../client";

export interface ThreadPlace {
  channel: string;
  threadTs: string;
}

export async function tellUser(client: WebClient, place: ThreadPlace, user: string, text: string) {
  try {
    await client.chat.postEphemeral({ channel: place.channel, thread_ts: place.threadTs, user, text });
  } catch (error) {
    console.error(`Slack ephemeral failed: ${slackFailureOf(error).code}`);
  }
}

export async function tellThread(client: WebClient, place: ThreadPlace, text: string) {
  try {
    await client.chat.postMessage({
      channel: place.channel,
      thread_ts: place.threadTs,
      text,
      unfurl_links: false,
    });
  } catch (error) {
    console.error(`Slack thread post failed: ${slackFailureOf(error).code}`);
  }
}

// Slack's mrkdwn escapes only these three; a name like "<!channel>" must not ping anyone.
export const slackText = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
