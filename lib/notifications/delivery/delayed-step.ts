// Gathers what `recheckDelayedDecision` needs for a delivery that waited (IC6: 10 s push, 3 min email; FU3: the 30 s push receipt) and
// asks it whether the step still goes out.
import type { Db } from "@/db/client";
import { lastReadOf, newerPendingAt } from "@/db/queries/delayed-steps";
import { pushReceiptAtFor } from "@/db/queries/visitor-devices";
import type { DecisionRow } from "@/db/schema";
import { presenceFor } from "@/lib/presence/agent-presence";
import { agentPresenceOf } from "@/lib/presence/agent-presence-store";
import type { Decision, Recipient } from "../planner/decision";
import { type Recheck, recheckDelayedDecision } from "./delivery-checks";

export async function recheckDelayedStep(
  db: Db,
  row: DecisionRow,
  eventAt: Date,
  now: Date,
): Promise<Recheck> {
  const userId = row.recipientUserId;
  const presence = userId ? (await agentPresenceOf(db, row.workspaceId, [userId], now)).get(userId) : null;
  return recheckDelayedDecision(toDecision(row), {
    eventAt,
    readAt: await lastReadOf(db, row),
    newerPendingAt: await newerPendingAt(db, row),
    pushReceiptAt: await pushReceiptAtFor(db, row), // FU3: the app acknowledged the push
    focus: presence ? presenceFor(presence, row.conversationId ?? "") : null,
  });
}

function toDecision(row: DecisionRow): Decision {
  const recipient: Recipient = row.recipientUserId
    ? { kind: "user", userId: row.recipientUserId }
    : row.recipientVisitorId
      ? { kind: "visitor", visitorId: row.recipientVisitorId }
      : { kind: "slack_channel", channelId: row.recipientSlackChannelId ?? "" };
  return {
    rule: row.rule,
    recipient,
    channel: row.channel,
    outcome: row.outcome,
    reason: "sent",
    sendAt: row.sendAt,
    idempotencyKey: row.idempotencyKey,
  };
}
