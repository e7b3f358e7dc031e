// SK9 from Slack: the thread root's "Close" button opens a modal asking for the lead's qualification (Qualified,
// Not a fit, Existing customer, Spam, or none: skipping is allowed); submitting it closes the conversation with
// that answer. Pressing Close again on a closed conversation changes the answer. views.open must be called
// within 3 s of the click (the trigger_id expires), so it runs before the acknowledgement, never in a job.
import type { View } from "@slack/web-api";
import type { Db } from "@/db/client";
import { findConversation } from "@/db/queries/conversations";
import type { Member } from "@/db/queries/members";
import { findConversationSlackThread } from "@/db/queries/slack";
import type { SlackIntegrationRow } from "@/db/schema";
import { setConversationStatus } from "@/lib/chat/agent-actions";
import {
  type LeadQualification,
  leadQualificationLabel,
  leadQualifications,
} from "@/lib/chat/lead-qualification";
import { applyEffects } from "@/lib/effects/apply";
import { slackFailureOf } from "../client";
import { slackConnectionOf } from "../connection";
import type { SlackEventsOptions } from "../events";
import { slackText, tellThread } from "./thread";

export const CLOSE_ACTION_ID = "close_conversation";
export const QUALIFICATION_CALLBACK_ID = "lead_qualification";
export const QUALIFICATION_BLOCK_ID = "qualification";
export const QUALIFICATION_ACTION_ID = "choice";

// The button under a conversation's Slack post (its thread root), carrying the conversation's id.
export const closeButtonBlock = (conversationId: string) => ({
  type: "actions" as const,
  elements: [
    {
      type: "button" as const,
      text: { type: "plain_text" as const, text: "Close" },
      action_id: CLOSE_ACTION_ID,
      value: conversationId,
    },
  ],
});

const option = (q: LeadQualification) => ({
  text: { type: "plain_text" as const, text: leadQualificationLabel[q] },
  value: q,
});

export function qualificationModal(conversationId: string, current: LeadQualification | null): View {
  return {
    type: "modal",
    callback_id: QUALIFICATION_CALLBACK_ID,
    private_metadata: conversationId,
    title: { type: "plain_text", text: "Close conversation" },
    submit: { type: "plain_text", text: "Close" },
    close: { type: "plain_text", text: "Cancel" },
    blocks: [
      {
        type: "input",
        block_id: QUALIFICATION_BLOCK_ID,
        optional: true,
        label: { type: "plain_text", text: "How would you qualify this lead?" },
        hint: { type: "plain_text", text: "You may leave it empty and qualify it later in Herald." },
        element: {
          type: "radio_buttons",
          action_id: QUALIFICATION_ACTION_ID,
          options: leadQualifications.map(option),
          ...(current ? { initial_option: option(current) } : {}),
        },
      },
    ],
  };
}

// Before the acknowledgement: open the modal while the trigger_id is fresh. Slack's refusal (the trigger
// expired, …) comes back as its error code for the caller to tell the user.
export async function openQualificationModal(
  db: Db,
  integration: SlackIntegrationRow,
  triggerId: string,
  conversationId: string,
  options: SlackEventsOptions,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const conversation = await findConversation(db, integration.workspaceId, conversationId);
  if (!conversation) return { ok: false, error: "conversation_not_found" };
  const slack = await slackConnectionOf(db, integration.workspaceId, options);
  if (!slack) return { ok: false, error: "not_connected" };
  try {
    await slack.client.views.open({
      trigger_id: triggerId,
      view: qualificationModal(conversationId, conversation.qualification),
    });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: slackFailureOf(error).code };
  }
}

// After the acknowledgement: close with the answer, then say so in the thread.
export async function closeFromSlack(
  db: Db,
  member: Member,
  conversationId: string,
  qualification: LeadQualification | undefined,
  options: SlackEventsOptions,
) {
  const publications = await setConversationStatus(
    db,
    member,
    conversationId,
    "closed",
    new Date(),
    qualification,
  );
  await applyEffects(db, [{ publications }], options.effects);
  const thread = await findConversationSlackThread(db, member.workspaceId, conversationId);
  const slack = thread && (await slackConnectionOf(db, member.workspaceId, options));
  if (!thread || !slack) return;
  const answer = qualification ? leadQualificationLabel[qualification] : "not qualified";
  const place = { channel: thread.channelId, threadTs: thread.threadTs };
  await tellThread(slack.client, place, `*${slackText(member.name)}* closed the conversation: ${answer}.`);
}
