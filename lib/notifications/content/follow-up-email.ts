// FU6: what the follow-up email says, read when it is sent: the agents' messages the visitor has not read (with
// names and times), the link back to the chat, and the conversation's own reply-to address (FU8).
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { listUnreadAgentMessages, replyTokenOf } from "@/db/queries/follow-ups";
import { workspaces } from "@/db/schema";
import type { EmailMessage } from "@/emails";
import { continueUrl, replyToAddress } from "@/lib/follow-ups/continue-link";
import type { EventOf } from "../events/event";

export interface FollowUpEmail {
  message: EmailMessage;
  replyTo: string;
}

export async function followUpEmail(db: Db, event: EventOf<"visitor.went_offline">): Promise<FollowUpEmail> {
  const { workspaceId, conversationId } = event;
  const [workspace] = await db
    .select({ name: workspaces.name })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  const unread = await listUnreadAgentMessages(db, workspaceId, conversationId);
  const token = await replyTokenOf(db, workspaceId, conversationId);
  const workspaceName = workspace?.name ?? "us";
  return {
    message: {
      template: "follow_up",
      props: {
        workspaceName,
        messages: unread.map((m) => ({
          authorName: m.name ?? m.email ?? workspaceName,
          body: m.body,
          sentAt: m.sentAt,
        })),
        continueUrl: continueUrl(conversationId),
      },
    },
    replyTo: replyToAddress(token),
  };
}
