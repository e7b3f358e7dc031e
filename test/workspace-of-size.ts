// A workspace with `size` agents in one routing group, and a conversation from a new visitor assigned to that
// group: the shape whose notification cost must not grow with the team.

import type { Db } from "@/db/client";
import { createWorkspace } from "@/db/queries/workspaces";
import { conversations, memberships, routingGroupMembers, routingGroups, users, visitors } from "@/db/schema";

export async function workspaceOfSize(db: Db, size: number) {
  const ws = await createWorkspace(db, `Team of ${size}`);
  const tag = ws.id.slice(0, 8);
  const people = await db
    .insert(users)
    .values(Array.from({ length: size }, (_, i) => ({ email: `agent${i}-${tag}@size.test` })))
    .returning({ id: users.id });
  await db.insert(memberships).values(people.map((u) => ({ workspaceId: ws.id, userId: u.id })));
  const [group] = await db.insert(routingGroups).values({ workspaceId: ws.id, name: "Everyone" }).returning();
  await db
    .insert(routingGroupMembers)
    .values(people.map((u) => ({ workspaceId: ws.id, groupId: group.id, userId: u.id })));
  const [visitor] = await db
    .insert(visitors)
    .values({ workspaceId: ws.id, email: "v@size.test" })
    .returning();
  const [conversation] = await db
    .insert(conversations)
    .values({ workspaceId: ws.id, visitorId: visitor.id, groupId: group.id })
    .returning();
  return { workspaceId: ws.id, visitorId: visitor.id, conversationId: conversation.id, groupId: group.id };
}
