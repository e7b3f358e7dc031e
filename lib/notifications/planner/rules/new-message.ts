// IC5/IC6: a visitor's message reaches the conversation's owner(s) down the focus ladder, external channels
// delayed. IC8: an @mention in an internal note reaches the mentioned agent at once, wherever the conversation is.

import type { EventOf } from "../../events/event";
import { membersOf, type PlanContext, type Rule } from "../context";
import type { Decision } from "../decision";
import { agentAlert } from "../focus-ladder";

export const newMessageRule: Rule<"message.created"> = (ctx) => {
  const { event } = ctx;
  if (event.internal) return mentionedAgents(ctx);
  if (event.author.kind === "visitor") return conversationOwners(ctx);
  // Agent replies reach the visitor through follow-ups (visitor.went_offline); system messages notify nobody.
  return [];
};

// Decided: once assigned, messages go to the assignee only ("me"); an unassigned conversation's messages go to
// its group ("team"). The whole group hears about a new conversation (IC1) but not about every message of
// one a teammate owns.
function conversationOwners(ctx: PlanContext<EventOf<"message.created">>): Decision[] {
  const c = ctx.snapshot.conversation;
  if (!c || c.status === "closed") return [];
  const base = {
    rule: "IC5",
    conversationId: c.id,
    waitBeforeExternal: true,
    slackDm: "preference",
  } as const;
  if (c.assigneeId)
    return membersOf(ctx, [c.assigneeId]).flatMap((m) => agentAlert(ctx, m, { ...base, scope: "me" }));
  return membersOf(ctx, c.group?.memberIds ?? []).flatMap((m) =>
    agentAlert(ctx, m, { ...base, scope: "team" }),
  );
}

// IC8 "at once on every channel they enabled": no IC6 wait, "me" preferences. Decided: IC4 still holds (an
// agent active in the app gets the in-app toast only) and DND still holds; the author's self-mention is ignored.
function mentionedAgents(ctx: PlanContext<EventOf<"message.created">>): Decision[] {
  const { event } = ctx;
  const authorId = event.author.kind === "agent" ? event.author.userId : null;
  const ids = [...new Set(event.mentionedUserIds)].filter((id) => id !== authorId);
  const base = { rule: "IC8", conversationId: event.conversationId, waitBeforeExternal: false } as const;
  return membersOf(ctx, ids).flatMap((m) =>
    agentAlert(ctx, m, { ...base, scope: "me", slackDm: "preference" }),
  );
}
