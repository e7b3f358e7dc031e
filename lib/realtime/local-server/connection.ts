// One WebSocket speaking Pusher protocol 7: handshake, subscriptions, client events and keepalive.
import { randomInt } from "node:crypto";
import type { WebSocket } from "ws";
import { type AppCredentials, verifyChannelAuth } from "./auth";
import type { ChannelRegistry, RealtimeSocket } from "./channels";
import {
  type ClientMessage,
  channelKind,
  ErrorCode,
  parseClientMessage,
  presenceMemberSchema,
  type ServerMessage,
  serverMessage,
} from "./protocol";

export type ConnectionOptions = {
  app: AppCredentials;
  registry: ChannelRegistry;
  activityTimeoutSeconds: number;
};

// The `pusher` SDK rejects socket ids that are not "digits.digits", so ours look like Pusher's.
function newSocketId(): string {
  return `${randomInt(1, 2 ** 31)}.${randomInt(1, 2 ** 31)}`;
}

export class Connection implements RealtimeSocket {
  readonly id = newSocketId();
  private lastSeen = Date.now();
  private pingSentAt: number | undefined;

  constructor(
    private readonly ws: WebSocket,
    private readonly options: ConnectionOptions,
  ) {
    ws.on("message", (raw) => this.receive(raw.toString()));
    ws.on("close", () => options.registry.removeSocket(this));
    this.send(serverMessage.connectionEstablished(this.id, options.activityTimeoutSeconds));
  }

  send(message: ServerMessage): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(JSON.stringify(message));
  }

  // Called periodically by the server: ping an idle client, drop one that did not answer the last ping.
  checkAlive(now = Date.now()): void {
    const timeoutMs = this.options.activityTimeoutSeconds * 1000;
    if (this.pingSentAt !== undefined && now - this.pingSentAt >= timeoutMs) {
      this.ws.close(ErrorCode.pongNotReceived, "Pong reply not received");
      return;
    }
    if (this.pingSentAt === undefined && now - this.lastSeen >= timeoutMs) {
      this.pingSentAt = now;
      this.send(serverMessage.ping());
    }
  }

  private receive(raw: string): void {
    // Any message proves the client alive, as in Pusher: not only pongs.
    this.lastSeen = Date.now();
    this.pingSentAt = undefined;
    const message = parseClientMessage(raw);
    if (!message) {
      this.send(serverMessage.error(null, "Invalid message: not a Pusher protocol 7 client message"));
      return;
    }
    this.handle(message);
  }

  private handle(message: ClientMessage): void {
    switch (message.event) {
      case "pusher:ping":
        return this.send(serverMessage.pong());
      case "pusher:pong":
        return;
      case "pusher:subscribe":
        return this.subscribe(message.data);
      case "pusher:unsubscribe":
        return this.options.registry.unsubscribe(this, message.data.channel);
      default:
        return this.relayClientEvent(message);
    }
  }

  private subscribe(data: { channel: string; auth?: string; channel_data?: string }): void {
    const { app, registry } = this.options;
    const kind = channelKind(data.channel);
    if (kind === "public") return registry.subscribe(this, data.channel);

    const signedData = kind === "presence" ? data.channel_data : undefined;
    if (!verifyChannelAuth(app, this.id, data.channel, data.auth, signedData)) {
      return this.refuse(`Invalid signature for ${data.channel}: subscription refused`, data.channel);
    }
    if (kind === "private") return registry.subscribe(this, data.channel);

    const member = parseChannelData(data.channel_data);
    if (!member) return this.refuse(`Invalid channel_data for ${data.channel}: needs a user_id`, data.channel);
    registry.subscribe(this, data.channel, member);
  }

  private relayClientEvent(message: { event: string; channel: string; data: unknown }): void {
    const { registry } = this.options;
    if (channelKind(message.channel) === "public") {
      return this.refuse("Client events are only allowed on private and presence channels", message.channel);
    }
    if (!registry.isSubscribed(this.id, message.channel)) {
      return this.refuse(`Client event refused: not subscribed to ${message.channel}`, message.channel);
    }
    // Presence client events carry the sender's user_id so receivers know who sent them.
    const userId = registry.userIdOf(this.id, message.channel);
    const relayed = serverMessage.channelEvent(message.channel, message.event, message.data, userId);
    registry.publish(message.channel, relayed, this.id);
  }

  private refuse(reason: string, channel: string): void {
    this.send(serverMessage.error(ErrorCode.unauthorized, reason, channel));
  }
}

function parseChannelData(channelData: string | undefined) {
  if (channelData === undefined) return undefined;
  try {
    const result = presenceMemberSchema.safeParse(JSON.parse(channelData));
    return result.success ? result.data : undefined;
  } catch {
    return undefined; // channel_data that is not JSON is refused like a bad signature
  }
}
