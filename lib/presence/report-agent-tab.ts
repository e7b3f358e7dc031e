// Stores what one tab of the agent app reported (POST /api/presence), in the server's clock.
import { z } from "zod";
import type { Db } from "@/db/client";
import { deleteAgentTab, deleteAgentTabsReportedBefore, upsertAgentTab } from "@/db/queries/agent-tabs";
import { findConversation } from "@/db/queries/conversations";
import type { Member } from "@/db/queries/members";
import { agentPages } from "@/db/schema";

const tabId = z.string().min(8).max(64);
export const agentTabReport = z.union([
  z.object({ tabId, gone: z.literal(true) }),
  z.object({
    tabId,
    visible: z.boolean(),
    focused: z.boolean(),
    conversationId: z.uuid().nullable(),
    // Optional: a tab loaded before pages were reported keeps working until it reloads.
    page: z.enum(agentPages).nullable().optional(),
    msSinceInput: z.number().int().min(0).nullable(),
  }),
]);
export type AgentTabReportInput = z.infer<typeof agentTabReport>;

// Tabs that vanished without a goodbye (crash, lost network) are dropped after an hour.
const FORGET_TAB_AFTER_MS = 3_600_000;

export async function reportAgentTab(db: Db, member: Member, input: AgentTabReportInput, now = new Date()) {
  const { workspaceId, userId } = member;
  if ("gone" in input) return deleteAgentTab(db, workspaceId, userId, input.tabId);
  // A conversation of another workspace (or a deleted one) is not "viewing" anything here.
  const conversation = input.conversationId
    ? await findConversation(db, workspaceId, input.conversationId)
    : undefined;
  await upsertAgentTab(db, {
    workspaceId,
    userId,
    tabId: input.tabId,
    visible: input.visible,
    focused: input.focused,
    conversationId: conversation?.id ?? null,
    page: input.page ?? null,
    lastInputAt: input.msSinceInput === null ? null : new Date(now.getTime() - input.msSinceInput),
    reportedAt: now,
  });
  await deleteAgentTabsReportedBefore(db, workspaceId, userId, new Date(now.getTime() - FORGET_TAB_AFTER_MS));
}
