// What the planner outputs: one Decision per (rule, recipient, channel), sent or suppressed, always with a reason
// (RULES.md X1). The reason-code and rule-id lists live here and nowhere else.

export const reasonCodes = [
  "sent",
  "workspace_toggle_off",
  "user_toggle_off",
  "preference_off",
  "dnd",
  "off_schedule",
  "active_in_app",
  "viewing_conversation",
  "not_in_group",
  "not_account_owner",
  "not_mapped",
  "channel_not_connected",
  "no_contact",
  "already_notified",
  "read_meanwhile",
  "agent_initiated_no_reply",
  "marketing",
  "receipt_received",
  "insufficient_balance",
  "global_channel",
  "provider_error",
] as const;
export type ReasonCode = (typeof reasonCodes)[number];
export type SuppressionReason = Exclude<ReasonCode, "sent">;

// Every rule id of RULES.md. Some are enforced after planning (delivery layer, UI); see `plannerRuleIds`.
export const ruleIds = [
  ...["LV1", "LV2", "LV3", "LV4", "LV5", "LV6", "LV7", "LV8"],
  ...["IC1", "IC2", "IC3", "IC4", "IC5", "IC6", "IC7", "IC8"],
  ...["AS1", "AS2", "SL1", "SL2", "SL3"],
  ...["SK1", "SK2", "SK3", "SK4", "SK5", "SK6", "SK7", "SK8", "SK9", "SK10", "SK11"],
  ...["FU1", "FU2", "FU3", "FU4", "FU5", "FU6", "FU7", "FU8", "FU9"],
  ...["X1", "X2", "X3", "X4", "X5"],
] as const;
export type RuleId = (typeof ruleIds)[number];

// The rules this module decides (and its tests must name). SK6–SK11 (threads, shortcuts, channel setup),
// FU5–FU8 (WhatsApp fallback, templates, wallet, replies) and X3 (retries) are sending mechanics: the channel
// and delivery layer owns them; `delivery-checks.ts` gives it the pure pieces that produce reason codes.
export const plannerRuleIds = [
  ...["LV1", "LV2", "LV3", "LV4", "LV5", "LV6", "LV7", "LV8"],
  ...["IC1", "IC2", "IC3", "IC4", "IC5", "IC6", "IC7", "IC8"],
  ...["AS1", "AS2", "SL1", "SL2", "SL3", "SK1", "SK2", "SK3", "SK4", "SK5"],
  ...["FU1", "FU2", "FU3", "FU4", "X1", "X2", "X4"],
] as const satisfies readonly RuleId[];

export const deliveryChannels = [
  "in_app",
  "browser", // Notification API: the app is open but not focused
  "web_push", // the app is closed
  "mobile_push",
  "email",
  "slack_dm",
  "slack_channel",
  "sms", // a text: the delivery layer tries WhatsApp first when configured (FU5)
  "whatsapp",
] as const;
export type DeliveryChannel = (typeof deliveryChannels)[number];

export type Recipient =
  | { kind: "user"; userId: string }
  | { kind: "visitor"; visitorId: string }
  | { kind: "slack_channel"; channelId: string }
  // LV2 `not_mapped`: a CRM owner with no chat user, named by their mapping row (crm_users) so the log can
  // say who was not told. Never sent anything.
  | { kind: "crm_user"; mappingId: string };

export type NotificationAction = { kind: "start_chat"; visitorId: string };

// How the notification shows, for the channels where that is the planner's call (focus ladder, LV6, LV8, SK1).
export interface Presentation {
  notificationCenter?: boolean; // X4: kept in the in-app notification center, with read state
  toast?: boolean;
  sound?: boolean;
  titleFlash?: boolean; // "(1) New message" in the tab title
  highlightVisitor?: string; // LV6: the visitor highlighted on Live Views
  actions?: readonly NotificationAction[];
  slackMentions?: readonly string[]; // SK1: Slack user ids @mentioned in a channel post
}

export interface Decision {
  rule: RuleId;
  recipient: Recipient;
  channel: DeliveryChannel;
  outcome: "send" | "suppress";
  reason: ReasonCode;
  sendAt: Date;
  idempotencyKey: string; // X2: event × recipient × channel
  // "At most once" beyond one event (LV7 per visit, SL3 per conversation and target, one follow-up per unread
  // message): stored with sent decisions; later events find it in `snapshot.alreadyNotified`.
  onceKey?: string;
  presentation?: Presentation;
}

export function recipientKey(r: Recipient): string {
  switch (r.kind) {
    case "user":
      return `user:${r.userId}`;
    case "visitor":
      return `visitor:${r.visitorId}`;
    case "slack_channel":
      return `slack_channel:${r.channelId}`;
    case "crm_user":
      return `crm_user:${r.mappingId}`;
  }
}

// X2: the outbox has a unique index on this key, so a retried or replayed event cannot deliver twice.
export const idempotencyKey = (eventId: string, recipient: Recipient, channel: DeliveryChannel) =>
  `${eventId}|${recipientKey(recipient)}|${channel}`;
