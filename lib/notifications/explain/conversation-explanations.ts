// For each event of a conversation and each teammate: the reason they were (or were not) notified, from the
// stored decisions through explainForUser, so a teammate with no decision still gets the inferred reason.
import type { Db } from "@/db/client";
import { listConversationDecisions, listConversationEvents } from "@/db/queries/conversation-notifications";
import type { DecisionRow } from "@/db/schema";
import { parseEvent } from "../events/event";
import { perPersonDecisions } from "../outbox/compact";
import type { Decision } from "../planner/decision";
import { type Explanation, explainForUser } from "./explain";

export interface EventExplanations {
  eventId: string;
  type: string;
  occurredAt: Date;
  teammates: { userId: string; name: string; explanation: Explanation }[];
}

const asDecision = (row: DecisionRow): Decision => ({
  rule: row.rule,
  recipient:
    row.recipientKind === "user"
      ? { kind: "user", userId: row.recipientUserId ?? "" }
      : row.recipientKind === "visitor"
        ? { kind: "visitor", visitorId: row.recipientVisitorId ?? "" }
        : row.recipientKind === "crm_user"
          ? { kind: "crm_user", mappingId: row.recipientCrmUserId ?? "" }
          : { kind: "slack_channel", channelId: row.recipientSlackChannelId ?? "" },
  channel: row.channel,
  outcome: row.outcome,
  reason: row.reason,
  sendAt: row.sendAt,
  idempotencyKey: row.idempotencyKey,
});

export async function explainConversation(
  db: Db,
  workspaceId: string,
  conversationId: string,
  teammates: readonly { userId: string; name: string }[],
): Promise<EventExplanations[]> {
  const [events, rows] = await Promise.all([
    listConversationEvents(db, workspaceId, conversationId),
    listConversationDecisions(db, workspaceId, conversationId),
  ]);
  return events.map((e) => {
    const mine = perPersonDecisions(rows.filter((r) => r.eventId === e.id)).map(asDecision);
    const event = parseEvent(e.payload);
    return {
      eventId: e.id,
      type: e.type,
      occurredAt: e.occurredAt,
      teammates: teammates.map((t) => ({ ...t, explanation: explainForUser(event, mine, t.userId) })),
    };
  });
}
