// The hosted chat page behind a follow-up email's link: the widget's frame as a full page, for the visitor the
// signed link names, in the conversation it names. A forged or altered link, or a deleted conversation, is null.
import type { Db } from "@/db/client";
import { findConversationOfContinueLink } from "@/db/queries/follow-ups";
import { findWorkspace } from "@/db/queries/workspaces";
import { signVisitorToken } from "@/lib/widget/visitor-token";
import { frameHtml } from "@/widget/frame/html";
import { verifyContinueToken } from "./continue-link";

export async function hostedChatHtml(db: Db, token: string, now = Date.now()): Promise<string | null> {
  const conversationId = verifyContinueToken(token);
  if (!conversationId || !/^[0-9a-f-]{36}$/.test(conversationId)) return null;
  const conversation = await findConversationOfContinueLink(db, conversationId);
  const workspace = conversation && (await findWorkspace(db, conversation.workspaceId));
  if (!conversation || !workspace) return null;
  const visitor = {
    key: workspace.publicKey,
    token: signVisitorToken(workspace, conversation.visitorId, now),
  };
  // A data block, not a script: the frame's policy runs only its own script, which reads it (widget/frame/main.ts).
  const data = JSON.stringify(visitor).replace(/</g, "\\u003c");
  return frameHtml.replace(
    "</body></html>",
    `<script type="application/json" id="herald-hosted">${data}</script></body></html>`,
  );
}
