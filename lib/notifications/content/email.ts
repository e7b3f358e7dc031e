// What an email says about an event: the template and the facts it needs (names, the messages themselves),
// read when sending so a delayed digest (IC6) holds every message that arrived meanwhile.
import { and, desc, eq, gt, lte } from "drizzle-orm";
import type { Db } from "@/db/client";
import { conversations, messages, users, visitors } from "@/db/schema";
import type { EmailMessage } from "@/emails";
import { env } from "@/lib/env";
import { renderNotification } from "@/lib/notifications/content/render";
import type { HeraldEvent } from "@/lib/notifications/events/event";

const DIGEST_LIMIT = 10;

export const conversationUrl = (conversationId: string, appUrl = env().APP_URL) =>
  new URL(`/inbox/${encodeURIComponent(conversationId)}`, appUrl).toString();

async function visitorName(db: Db, conversationId: string): Promise<string> {
  const [row] = await db
    .select({ name: visitors.name, email: visitors.email })
    .from(conversations)
    .innerJoin(visitors, eq(visitors.id, conversations.visitorId))
    .where(eq(conversations.id, conversationId));
  return row?.name ?? row?.email ?? "A visitor";
}

async function userName(db: Db, userId: string): Promise<string> {
  const [row] = await db
    .select({ name: users.name, email: users.email })
    .from(users)
    .where(eq(users.id, userId));
  return row?.name ?? row?.email ?? "A teammate";
}

// The visitor's messages since the team last answered, up to the event: the unread run the digest is about.
async function unreadVisitorMessages(db: Db, conversationId: string, upTo: Date) {
  const [lastReply] = await db
    .select({ at: messages.createdAt })
    .from(messages)
    .where(
      and(
        eq(messages.conversationId, conversationId),
        eq(messages.authorType, "agent"),
        eq(messages.internal, false),
        lte(messages.createdAt, upTo),
      ),
    )
    .orderBy(desc(messages.createdAt))
    .limit(1);
  const rows = await db
    .select({ body: messages.body, sentAt: messages.createdAt })
    .from(messages)
    .where(
      and(
        eq(messages.conversationId, conversationId),
        eq(messages.authorType, "visitor"),
        lte(messages.createdAt, upTo),
        lastReply ? gt(messages.createdAt, lastReply.at) : undefined,
      ),
    )
    .orderBy(desc(messages.createdAt))
    .limit(DIGEST_LIMIT);
  return rows.reverse();
}

export async function emailForEvent(db: Db, event: HeraldEvent, now: Date): Promise<EmailMessage> {
  if (!("conversationId" in event)) {
    return {
      template: "generic",
      props: { ...renderNotification(event), url: new URL("/live", env().APP_URL).toString() },
    };
  }
  const url = conversationUrl(event.conversationId);
  switch (event.type) {
    case "conversation.created": {
      const [first] = await unreadVisitorMessages(db, event.conversationId, now);
      const name = await visitorName(db, event.conversationId);
      return { template: "new_conversation", props: { visitorName: name, firstMessage: first?.body, url } };
    }
    case "message.created": {
      if (event.internal) {
        const [note] = await db.select().from(messages).where(eq(messages.id, event.messageId));
        const author = event.author.kind === "agent" ? await userName(db, event.author.userId) : "A teammate";
        return { template: "mention", props: { authorName: author, note: note?.body ?? "", url } };
      }
      // Up to `now`, not the event: a delayed email step sends every message that arrived while it waited.
      const unread = await unreadVisitorMessages(db, event.conversationId, now);
      const name = await visitorName(db, event.conversationId);
      return { template: "new_messages", props: { visitorName: name, messages: unread, url } };
    }
    case "assistance.requested":
      return { template: "assistance", props: { requesterName: await userName(db, event.requestedBy), url } };
    case "sla.warning":
    case "sla.breached":
      return {
        template: "sla",
        props: {
          kind: event.type === "sla.warning" ? "warning" : "breached",
          target: event.target,
          dueAt: event.dueAt,
          url,
        },
      };
    default:
      return { template: "generic", props: { ...renderNotification(event), url } };
  }
}
