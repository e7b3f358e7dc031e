// Each reason code in plain words, for the delivery log and "Why wasn't … notified?" (X1). One map, so a new
// code cannot ship without an explanation (the Record fails to compile, the test names every code).
import type { ReasonCode } from "../planner/decision";

export const reasonWords: Record<ReasonCode, string> = {
  sent: "They were notified.",
  workspace_toggle_off: "This kind of notification is turned off for the whole workspace.",
  user_toggle_off: "They turned this kind of notification off for themselves.",
  preference_off: "Their notification preferences leave this channel off for this case.",
  dnd: "They were on Do Not Disturb.",
  off_schedule: "It was outside their weekly availability schedule.",
  active_in_app: "They were active in the app, so they got it in the app only.",
  viewing_conversation: "They were looking at this very conversation.",
  not_in_group: "The conversation was not assigned to them or to a routing group they are in.",
  not_account_owner: "They do not own the visitor's account.",
  not_mapped: "Their chat user is not mapped to a user of the integration (CRM or Slack).",
  channel_not_connected: "This channel is not connected for the workspace.",
  no_contact: "There is no address or number to reach them on this channel.",
  already_notified: "They had already been notified about this.",
  read_meanwhile: "They read the messages before the notification was due.",
  agent_initiated_no_reply: "A teammate started this conversation and the visitor never replied.",
  marketing: "Marketing messages do not trigger follow-ups.",
  receipt_received: "The earlier notification was received, so nothing more was needed.",
  insufficient_balance: "The SMS wallet did not have enough balance.",
  global_channel: "Everything goes to the workspace's global Slack channel instead.",
  provider_error: "The provider refused or failed to deliver it.",
};

export const explainReason = (reason: ReasonCode) => reasonWords[reason];
