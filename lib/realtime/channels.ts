// Realtime channel names. All private: /api/realtime/auth decides who may subscribe.
// - user:         one teammate's own notifications
// - workspace:    the agent app's feed (inbox changes, Live Views, internal notes); agents of that workspace
// - conversation: what both sides of a chat see (messages, typing, read receipts); the workspace's agents
//                 and the conversation's visitor. Never put internal notes here.
// - visitor:      one visitor's widget (an agent started a chat); that visitor only
export const channels = {
  user: (userId: string) => `private-user-${userId}`,
  workspace: (workspaceId: string) => `private-workspace-${workspaceId}`,
  conversation: (conversationId: string) => `private-conversation-${conversationId}`,
  visitor: (visitorId: string) => `private-visitor-${visitorId}`,
} as const;

export type ChannelKind = keyof typeof channels;

const pattern = /^private-(user|workspace|conversation|visitor)-([A-Za-z0-9-]{1,64})$/;

export function parseChannel(name: string): { kind: ChannelKind; id: string } | null {
  const match = pattern.exec(name);
  return match ? { kind: match[1] as ChannelKind, id: match[2] } : null;
}
