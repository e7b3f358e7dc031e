// SK8 from Slack: the message shortcuts "Book meeting" and "Collect information", run on any message of a
// conversation's thread by a mapped teammate. The visitor sees a card or a form in the widget; the thread says
// what was sent. An unmapped Slack user, or a message outside Herald's threads, gets an ephemeral and nothing
// happens. Runs after the acknowledgement (it needs no trigger_id).
import type { Db } from "@/db/client";
import { findConversationBySlackThread } from "@/db/queries/slack";
import type { SlackIntegrationRow } from "@/db/schema";
import { requestContactDetails, sendBookingLink } from "@/lib/chat/shortcuts";
import { applyEffects } from "@/lib/effects/apply";
import type { Effects } from "@/lib/effects/effects";
import { AppError } from "@/lib/errors";
import { slackConnectionOf } from "../connection";
import type { SlackEventsOptions } from "../events";
import { memberOfSlackUser, UNMAPPED_SLACK_USER_TEXT } from "../slack-member";
import type { MessageShortcut } from "./payload";
import { slackText, tellThread, tellUser } from "./thread";

export const shortcutCallbackIds = { bookMeeting: "book_meeting", collectInformation: "collect_information" };

const NOT_A_HERALD_THREAD =
  "This message is not in a Herald conversation's thread: run the shortcut on a message of a thread Herald started.";
const NO_BOOKING_LINK =
  "You have no booking link yet: add it in Herald → Settings → Profile, then run “Book meeting” again. Nothing was sent.";

export async function runMessageShortcut(
  db: Db,
  integration: SlackIntegrationRow,
  payload: MessageShortcut,
  options: SlackEventsOptions,
) {
  const { workspaceId } = integration;
  const slack = await slackConnectionOf(db, workspaceId, options);
  if (!slack) return;
  const place = { channel: payload.channel.id, threadTs: payload.message.thread_ts ?? payload.message.ts };
  const conversation = await findConversationBySlackThread(db, workspaceId, place.channel, place.threadTs);
  if (!conversation) return tellUser(slack.client, place, payload.user.id, NOT_A_HERALD_THREAD);
  const member = await memberOfSlackUser(db, workspaceId, payload.user.id);
  if (!member) return tellUser(slack.client, place, payload.user.id, UNMAPPED_SLACK_USER_TEXT);

  let effects: Effects;
  let said: string;
  if (payload.callback_id === shortcutCallbackIds.bookMeeting) {
    try {
      const sent = await sendBookingLink(db, member, conversation.id, "slack");
      effects = sent;
      said = `*${slackText(member.name)}* sent their booking link to the visitor: ${slackText(sent.message.body)}`;
    } catch (error) {
      if (error instanceof AppError && error.code === "CONFLICT") {
        return tellUser(slack.client, place, payload.user.id, NO_BOOKING_LINK);
      }
      throw error;
    }
  } else if (payload.callback_id === shortcutCallbackIds.collectInformation) {
    effects = await requestContactDetails(db, member, conversation.id, "slack");
    said = `*${slackText(member.name)}* asked the visitor for their email or phone (a form in the chat).`;
  } else return;
  await applyEffects(db, [effects], options.effects);
  await tellThread(slack.client, place, said);
}
