// A new conversation through the real domain write, and reads of its outbox, for pipeline tests.
import type { Connection } from "@/db/client";
import { visitors } from "@/db/schema";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import { outboxOf } from "./outbox-rows";

export const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

// A new visitor's first message at `now`: a conversation assigned round-robin to a Sales agent, nobody's app
// open (all `away`), so in-app goes at once and web push waits 10 s (IC6).
export async function newConversation(conn: Connection, workspaceId: string, now = new Date()) {
  const [v] = await conn.db.insert(visitors).values({ workspaceId }).returning();
  const r = await postVisitorMessage(conn.db, { workspaceId, visitorId: v.id, body: "Hello" }, now);
  const eventId = `conversation.created:${r.conversationId}`;
  const outbox = await outboxOf(conn.db, eventId);
  const sent = (channel: string) => {
    const d = outbox.deliveries.find((x) => x.channel === channel && x.decision.rule !== "IC3");
    if (!d) throw new Error(`no ${channel} delivery`);
    return d;
  };
  return { ...r, now, visitorId: v.id, eventId, outbox, sent };
}

export const deliveryOf = async (conn: Connection, eventId: string, id: string) =>
  (await outboxOf(conn.db, eventId)).deliveries.find((d) => d.id === id);
