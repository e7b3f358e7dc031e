// Thin wrappers that read a conversation's clocks, ask lib/sla/timers.ts what changes, and store it.
// lib/chat calls them inside the transaction that writes the message or the status.
import type { Db } from "@/db/client";
import { findConversation, hasAgentReply } from "@/db/queries/conversations";
import { findSlaPolicyForGroup } from "@/db/queries/sla-policies";
import { endTimer, insertTimers, listRunningTimers } from "@/db/queries/sla-timers";
import type { SlaPolicy } from "@/lib/sla/deadlines";
import {
  onAgentReply,
  onConversationClosed,
  onConversationCreated,
  onVisitorMessage,
  policyOf,
  type TimerPlan,
} from "./timers";

interface ConversationRef {
  workspaceId: string;
  conversationId: string;
}

async function applyPlan(
  tx: Db,
  { workspaceId, conversationId }: ConversationRef,
  plan: TimerPlan,
  now: Date,
) {
  for (const end of plan.end) await endTimer(tx, workspaceId, end.id, end.state, now);
  await insertTimers(
    tx,
    plan.start.map((s) => ({ workspaceId, conversationId, ...s })),
  );
}

async function policyOfConversation(tx: Db, ref: ConversationRef): Promise<SlaPolicy | null> {
  const conversation = await findConversation(tx, ref.workspaceId, ref.conversationId);
  if (!conversation?.groupId) return null;
  const row = await findSlaPolicyForGroup(tx, ref.workspaceId, conversation.groupId);
  return row ? policyOf(row) : null;
}

export async function startSlaTimers(tx: Db, ref: ConversationRef, now: Date) {
  await applyPlan(tx, ref, onConversationCreated(await policyOfConversation(tx, ref), now), now);
}

export async function trackVisitorMessage(tx: Db, ref: ConversationRef, now: Date) {
  const policy = await policyOfConversation(tx, ref);
  if (!policy) return;
  const running = await listRunningTimers(tx, ref.workspaceId, ref.conversationId);
  const replied = await hasAgentReply(tx, ref.workspaceId, ref.conversationId);
  await applyPlan(tx, ref, onVisitorMessage(policy, running, replied, now), now);
}

export async function trackAgentReply(tx: Db, ref: ConversationRef, now: Date) {
  const running = await listRunningTimers(tx, ref.workspaceId, ref.conversationId);
  await applyPlan(tx, ref, onAgentReply(running), now);
}

export async function trackConversationClosed(tx: Db, ref: ConversationRef, now: Date) {
  const running = await listRunningTimers(tx, ref.workspaceId, ref.conversationId);
  await applyPlan(tx, ref, onConversationClosed(running), now);
}
