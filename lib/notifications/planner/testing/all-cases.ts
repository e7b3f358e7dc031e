// Every case book of the planner's tests, for the checks that look across all of them (X2, X4, coverage).
import { deliveryCheckCases } from "../../delivery/delivery-checks.cases";
import { assistanceCases } from "../rules/assistance.cases";
import { followUpCases } from "../rules/follow-up.cases";
import { liveViewCases } from "../rules/live-view.cases";
import { newConversationCases } from "../rules/new-conversation.cases";
import { newMessageCases } from "../rules/new-message.cases";
import { requestCancelledCases } from "../rules/request-cancelled.cases";
import { slaCases } from "../rules/sla.cases";
import { slackRoutingCases } from "../rules/slack-routing.cases";
import type { CaseBook } from "./cases";

export const ruleCaseBooks: CaseBook[] = [
  liveViewCases,
  newConversationCases,
  slackRoutingCases,
  newMessageCases,
  requestCancelledCases,
  assistanceCases,
  slaCases,
  followUpCases,
  deliveryCheckCases,
];
