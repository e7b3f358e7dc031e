// Who is subscribed to what: channel subscriptions per socket and presence members per user.
// A presence member is a user, not a socket: a user with two tabs is one member, removed with its last socket.
import type { PresenceMember, ServerMessage } from "./protocol";
import { serverMessage } from "./protocol";

export type RealtimeSocket = { id: string; send(message: ServerMessage): void };

type Member = { info: unknown; socketIds: Set<string> };
type Channel = {
  sockets: Map<string, { socket: RealtimeSocket; userId?: string }>;
  members: Map<string, Member> | undefined; // only presence channels have members
};

// Called when a channel gets its first subscriber (occupied) and loses its last (vacated): what Pusher's
// channel-existence webhooks report.
export type ExistenceListener = (channel: string, occupied: boolean) => void;

export class ChannelRegistry {
  private readonly channels = new Map<string, Channel>();
  private readonly channelsBySocket = new Map<string, Set<string>>();

  constructor(private readonly onExistence: ExistenceListener = () => {}) {}

  subscribe(socket: RealtimeSocket, name: string, member?: PresenceMember): void {
    if (this.isSubscribed(socket.id, name)) this.unsubscribe(socket, name);
    const known = this.channels.get(name);
    const channel = known ?? { sockets: new Map(), members: member ? new Map() : undefined };
    this.channels.set(name, channel);
    if (!known) this.onExistence(name, true);
    channel.sockets.set(socket.id, { socket, userId: member?.user_id });
    this.channelsOf(socket.id).add(name);

    if (!member || !channel.members) {
      socket.send(serverMessage.subscriptionSucceeded(name));
      return;
    }
    const existing = channel.members.get(member.user_id);
    if (existing) existing.socketIds.add(socket.id);
    else channel.members.set(member.user_id, { info: member.user_info, socketIds: new Set([socket.id]) });

    const infoById = new Map([...channel.members].map(([id, m]) => [id, m.info]));
    socket.send(serverMessage.subscriptionSucceeded(name, infoById));
    if (!existing) this.publish(name, serverMessage.memberAdded(name, member), socket.id);
  }

  unsubscribe(socket: RealtimeSocket, name: string): void {
    const channel = this.channels.get(name);
    const entry = channel?.sockets.get(socket.id);
    if (!channel || !entry) return;
    channel.sockets.delete(socket.id);
    this.channelsBySocket.get(socket.id)?.delete(name);

    const userId = entry.userId;
    const member = userId === undefined ? undefined : channel.members?.get(userId);
    if (userId !== undefined && member) {
      member.socketIds.delete(socket.id);
      if (member.socketIds.size === 0) {
        channel.members?.delete(userId);
        this.publish(name, serverMessage.memberRemoved(name, userId));
      }
    }
    if (channel.sockets.size === 0) {
      this.channels.delete(name);
      this.onExistence(name, false);
    }
  }

  removeSocket(socket: RealtimeSocket): void {
    for (const name of [...this.channelsOf(socket.id)]) this.unsubscribe(socket, name);
    this.channelsBySocket.delete(socket.id);
  }

  isSubscribed(socketId: string, name: string): boolean {
    return this.channels.get(name)?.sockets.has(socketId) ?? false;
  }

  userIdOf(socketId: string, name: string): string | undefined {
    return this.channels.get(name)?.sockets.get(socketId)?.userId;
  }

  // Sends to every subscriber of the channel except `exceptSocketId` (the sender, or the HTTP socket_id).
  publish(name: string, message: ServerMessage, exceptSocketId?: string): number {
    const channel = this.channels.get(name);
    if (!channel) return 0;
    let sent = 0;
    for (const [socketId, { socket }] of channel.sockets) {
      if (socketId === exceptSocketId) continue;
      socket.send(message);
      sent++;
    }
    return sent;
  }

  presenceUserIds(name: string): string[] {
    return [...(this.channels.get(name)?.members?.keys() ?? [])];
  }

  info(name: string): { occupied: boolean; subscription_count: number; user_count?: number } {
    const channel = this.channels.get(name);
    const members = channel?.members;
    return {
      occupied: channel !== undefined,
      subscription_count: channel?.sockets.size ?? 0,
      ...(members ? { user_count: members.size } : {}),
    };
  }

  private channelsOf(socketId: string): Set<string> {
    let names = this.channelsBySocket.get(socketId);
    if (!names) {
      names = new Set();
      this.channelsBySocket.set(socketId, names);
    }
    return names;
  }
}
