// Who may subscribe to which channel (lib/realtime/channels.ts). Agents by session, visitors by widget token.
import { z } from "zod";
import type { Db } from "@/db/client";
import { findConversation } from "@/db/queries/conversations";
import type { Member } from "@/db/queries/members";
import { findWorkspaceByPublicKey } from "@/db/queries/workspaces";
import { AppError } from "@/lib/errors";
import { verifyVisitorToken } from "@/lib/widget/visitor-token";
import { parseChannel } from "./channels";

export const channelAuthRequest = z.object({
  socket_id: z.string().regex(/^\d+\.\d+$/, "must be a Pusher socket id"),
  channel_name: z.string().min(1).max(200),
  visitor_key: z.string().max(100).optional(),
  visitor_token: z.string().max(200).optional(),
});
export type ChannelAuthRequest = z.infer<typeof channelAuthRequest>;

const refuse = () => new AppError("FORBIDDEN", "Not allowed to subscribe to this channel");

export async function mayAgentSubscribe(db: Db, member: Member, channelName: string): Promise<boolean> {
  const channel = parseChannel(channelName);
  if (!channel) return false;
  switch (channel.kind) {
    case "user":
      return channel.id === member.userId;
    case "workspace":
      return channel.id === member.workspaceId;
    case "conversation":
      return Boolean(await findConversation(db, member.workspaceId, channel.id).catch(() => undefined));
    case "visitor":
      return false;
  }
}

export async function mayVisitorSubscribe(db: Db, key: string, token: string, channelName: string) {
  const channel = parseChannel(channelName);
  if (!channel) return false;
  const workspace = await findWorkspaceByPublicKey(db, key);
  if (!workspace) return false;
  const visitorId = verifyVisitorToken(workspace, token);
  if (!visitorId) return false;
  if (channel.kind === "visitor") return channel.id === visitorId;
  if (channel.kind !== "conversation") return false;
  const conversation = await findConversation(db, workspace.id, channel.id).catch(() => undefined);
  return conversation?.visitorId === visitorId;
}

// Visitor credentials win over a session cookie: the widget frame may run in a browser where a teammate is
// signed in (trying /demo), and it must get the visitor's rights, not the agent's.
export async function assertMaySubscribe(db: Db, request: ChannelAuthRequest, member: Member | null) {
  const { channel_name: channel, visitor_key: key, visitor_token: token } = request;
  if (key || token) {
    if (!key || !token || !(await mayVisitorSubscribe(db, key, token, channel))) throw refuse();
    return;
  }
  if (!member) throw new AppError("UNAUTHORIZED", "Sign in, or pass the widget's visitor token");
  if (!(await mayAgentSubscribe(db, member, channel))) throw refuse();
}
