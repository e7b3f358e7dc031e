// Slack's interactivity Request URL (shortcuts, buttons, modals; PROVIDERS.md §1.5): the form body's `payload`
// validated, the v0 signature checked on the raw body (5-minute window) with the team's signing secret, each
// trigger_id taken once (a retried or replayed request does nothing twice), answered within 3 s with the work
// after. Only views.open runs before the answer: its trigger_id expires 3 s after the click.
import { z } from "zod";
import type { Db } from "@/db/client";
import { claimSlackEvent, findSlackIntegrationByTeam } from "@/db/queries/slack";
import type { SlackIntegrationRow } from "@/db/schema";
import { isLeadQualification } from "@/lib/chat/lead-qualification";
import { signingSecretOf, slackConnectionOf } from "../connection";
import type { SlackEventsOptions } from "../events";
import { verifySlackSignature } from "../signature";
import { memberOfSlackUser, UNMAPPED_SLACK_USER_TEXT } from "../slack-member";
import { type BlockActions, parseInteraction, type ViewSubmission } from "./payload";
import {
  CLOSE_ACTION_ID,
  closeFromSlack,
  openQualificationModal,
  QUALIFICATION_ACTION_ID,
  QUALIFICATION_BLOCK_ID,
  QUALIFICATION_CALLBACK_ID,
} from "./qualification";
import { runMessageShortcut } from "./shortcuts";
import { tellUser } from "./thread";

export interface SlackInteractionAnswer {
  status: number;
  body: string; // "" acknowledges (and closes a submitted modal); JSON when `json`
  json?: boolean;
  work?: () => Promise<void>; // run after the answer has been sent
}

const ack: SlackInteractionAnswer = { status: 200, body: "" };
const modalErrors = (errors: Record<string, string>): SlackInteractionAnswer => ({
  status: 200,
  json: true,
  body: JSON.stringify({ response_action: "errors", errors }),
});

export async function receiveSlackInteraction(
  db: Db,
  request: { rawBody: string; timestamp: string | null; signature: string | null; now: Date },
  options: SlackEventsOptions = {},
): Promise<SlackInteractionAnswer> {
  const parsed = parseInteraction(request.rawBody);
  if (!parsed.ok) return { status: 400, body: parsed.error };
  const payload = parsed.payload;
  const integration = await findSlackIntegrationByTeam(db, payload.team.id);
  if (!integration) return { status: 404, body: "payload.team.id: no connected Slack team" };
  const check = verifySlackSignature({ ...request, signingSecret: signingSecretOf(integration) });
  if (!check.ok) return { status: 401, body: `x-slack-signature: ${check.reason}` };
  if (payload.trigger_id && !(await claimSlackEvent(db, `interaction:${payload.trigger_id}`))) return ack;
  if (!("user" in payload)) return ack;
  switch (payload.type) {
    case "message_action":
      return { ...ack, work: () => runMessageShortcut(db, integration, payload, options) };
    case "block_actions":
      return pressButton(db, integration, payload, options);
    case "view_submission":
      return submitModal(db, integration, payload, options);
    default:
      return ack;
  }
}

// The thread root's Close (SK9): the modal for a mapped teammate, an ephemeral for anyone else.
async function pressButton(
  db: Db,
  integration: SlackIntegrationRow,
  payload: BlockActions,
  options: SlackEventsOptions,
): Promise<SlackInteractionAnswer> {
  const close = payload.actions.find((a) => a.action_id === CLOSE_ACTION_ID);
  const conversationId = z.uuid().safeParse(close?.value);
  if (!conversationId.success) return ack;
  const channel = payload.channel?.id;
  const threadTs = payload.container?.thread_ts ?? payload.container?.message_ts;
  const tell = (text: string) => async () => {
    const slack = await slackConnectionOf(db, integration.workspaceId, options);
    if (slack && channel && threadTs)
      await tellUser(slack.client, { channel, threadTs }, payload.user.id, text);
  };
  if (!(await memberOfSlackUser(db, integration.workspaceId, payload.user.id))) {
    return { ...ack, work: tell(UNMAPPED_SLACK_USER_TEXT) };
  }
  const opened = await openQualificationModal(
    db,
    integration,
    payload.trigger_id,
    conversationId.data,
    options,
  );
  if (opened.ok) return ack;
  return {
    ...ack,
    work: tell(`Herald could not open the closing form (${opened.error}): press Close again.`),
  };
}

// The qualification modal's submission (SK9): closes the conversation as the teammate who submitted it.
async function submitModal(
  db: Db,
  integration: SlackIntegrationRow,
  payload: ViewSubmission,
  options: SlackEventsOptions,
): Promise<SlackInteractionAnswer> {
  if (payload.view.callback_id !== QUALIFICATION_CALLBACK_ID) return ack;
  const conversationId = z.uuid().safeParse(payload.view.private_metadata);
  if (!conversationId.success)
    return modalErrors({ [QUALIFICATION_BLOCK_ID]: "This form lost its conversation" });
  const picked =
    payload.view.state.values[QUALIFICATION_BLOCK_ID]?.[QUALIFICATION_ACTION_ID]?.selected_option?.value;
  if (picked !== undefined && !isLeadQualification(picked)) {
    return modalErrors({ [QUALIFICATION_BLOCK_ID]: "Pick one of the options, or none" });
  }
  const member = await memberOfSlackUser(db, integration.workspaceId, payload.user.id);
  if (!member) return modalErrors({ [QUALIFICATION_BLOCK_ID]: UNMAPPED_SLACK_USER_TEXT });
  return { ...ack, work: () => closeFromSlack(db, member, conversationId.data, picked, options) };
}
