// Shared by the Slack integration tests: a signed request as the handlers take it, and a conversation's agent
// messages (what reached the visitor from Slack).
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { messages } from "@/db/schema";

export const asReceived = (request: { rawBody: string; headers: Record<string, string> }, now: Date) => ({
  rawBody: request.rawBody,
  timestamp: request.headers["x-slack-request-timestamp"],
  signature: request.headers["x-slack-signature"],
  now,
});

export const agentMessagesOf = (db: Db, conversationId: string) =>
  db
    .select()
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.authorType, "agent")));

// The handlers' options in tests: the sandbox's Web API, and effects that publish and send nothing.
export const sandboxOptions = (apiUrl: string) => ({
  apiUrl,
  effects: { publish: async () => ({ ok: true }), send: async () => {} },
});
