// The widget's session call: a new anonymous visitor, or the one the token names, with a fresh token (tokens
// slide: each page load renews the visitor's).
import type { Db } from "@/db/client";
import { findLatestConversationOfVisitor, findVisitor, insertVisitor } from "@/db/queries/visitors";
import { findWorkspace } from "@/db/queries/workspaces";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { pusherClientOptions } from "@/lib/realtime/config";
import { signVisitorToken } from "./visitor-token";

export async function startSession(db: Db, workspaceId: string, visitorId: string | null) {
  const workspace = await findWorkspace(db, workspaceId);
  if (!workspace) throw new AppError("NOT_FOUND", "No such workspace");
  const visitor = visitorId
    ? await findVisitor(db, workspaceId, visitorId)
    : await insertVisitor(db, workspaceId);
  // A genuine token whose visitor is gone: 401, and the loader starts over as a new visitor.
  if (!visitor) throw new AppError("UNAUTHORIZED", "This visitor no longer exists");
  const conversation = visitorId
    ? await findLatestConversationOfVisitor(db, workspaceId, visitor.id)
    : undefined;
  return {
    token: signVisitorToken(workspace, visitor.id),
    visitorId: visitor.id,
    // hasContact: whether a follow-up can reach them; without, the frame offers "Get the reply by email" (or by
    // text) once.
    visitor: {
      name: visitor.name,
      email: visitor.email,
      hasContact: Boolean(
        visitor.email ?? visitor.unverifiedEmail ?? visitor.phone ?? visitor.unverifiedPhone,
      ),
    },
    conversationId: conversation?.id ?? null,
    realtime: pusherClientOptions(env()),
  };
}
