// The registry: one rule per event type. A new event type without a rule does not compile.

import type { EventType } from "../../events/event";
import type { Rule } from "../context";
import { assistanceClearedRule, assistanceRequestedRule } from "./assistance";
import { crmReconnectRule } from "./crm-reconnect";
import { followUpRule } from "./follow-up";
import { liveViewRule } from "./live-view";
import { newConversationRule } from "./new-conversation";
import { newMessageRule } from "./new-message";
import { requestCancelledRule } from "./request-cancelled";
import { slaBreachedRule, slaWarningRule } from "./sla";
import { slackRoutingRule } from "./slack-routing";

export type RuleRegistry = { [T in EventType]: Rule<T> };

export const rules: RuleRegistry = {
  "visit.started": liveViewRule,
  "conversation.created": (ctx) => [...newConversationRule(ctx), ...slackRoutingRule(ctx)],
  "message.created": newMessageRule,
  "chat_request.cancelled": requestCancelledRule,
  "assistance.requested": assistanceRequestedRule,
  "assistance.cleared": assistanceClearedRule,
  "sla.warning": slaWarningRule,
  "sla.breached": slaBreachedRule,
  "visitor.went_offline": followUpRule,
  "crm.needs_reconnect": crmReconnectRule,
};
