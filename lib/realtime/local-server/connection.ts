// One WebSocket speaking Pusher protocol 7: handshake, subscriptions, client events and keepalive.
import { randomInt } from "node:crypto";
import type { WebSocket } from "ws";
import { type AppCredentials, verifyChannelAuth } from "./auth";
import type { ChannelRegistry, RealtimeSocket } from "./channels";
import {
  type ClientMessage,
  channelKind,
  ErrorCode,
  type PresenceMember,
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

type Admission = { member: PresenceMember | undefined } | { refused: string };

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
    ws.on("message", (raw) => {
      // A frame that breaks a handler (e.g. data nested too deep to re-serialise) ends this socket only.
      try {
        this.receive(raw.toString());
      } catch (error) {
        console.warn(`realtime: socket ${this.id} closed after a bad frame: ${(error as Error).message}`);
        ws.terminate();
      }
    });
    ws.on("close", () => options.registry.removeSocket(this));
    // ws closes the socket after a protocol error (e.g. a frame over maxPayload); "close" then cleans up.
    // Without a listener the error would be thrown and take the whole server down.
    ws.on("error", (error) => console.warn(`realtime: socket ${this.id} closed on error: ${error.message}`));
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
        this.send(serverMessage.pong());
        break;
      case "pusher:pong":
        break; // lastSeen is already updated
      case "pusher:subscribe":
        this.subscribe(message.data);
        break;
      case "pusher:unsubscribe":
        this.options.registry.unsubscribe(this, message.data.channel);
        break;
      default:
        this.relayClientEvent(message);
    }
  }

  private subscribe(data: { channel: string; auth?: string; channel_data?: string }): void {
    const admission = this.admit(data);
    if ("refused" in admission) this.refuse(admission.refused, data.channel);
    else this.options.registry.subscribe(this, data.channel, admission.member);
  }

  // Public channels are open; private ones need a signature; presence ones also a signed member.
  private admit(data: { channel: string; auth?: string; channel_data?: string }): Admission {
    const kind = channelKind(data.channel);
    if (kind === "public") return { member: undefined };
    const signedData = kind === "presence" ? data.channel_data : undefined;
    if (!verifyChannelAuth(this.options.app, this.id, data.channel, data.auth, signedData)) {
      return { refused: `Invalid signature for ${data.channel}: subscription refused` };
    }
    if (kind === "private") return { member: undefined };
    const member = parseChannelData(data.channel_data);
    return member ? { member } : { refused: `Invalid channel_data for ${data.channel}: needs a user_id` };
  }

  private relayClientEvent(message: { event: string; channel: string; data: unknown }): void {
    const { registry } = this.options;
    const refused =
      channelKind(message.channel) === "public"
        ? "Client events are only allowed on private and presence channels"
        : !registry.isSubscribed(this.id, message.channel)
          ? `Client event refused: not subscribed to ${message.channel}`
          : undefined;
    if (refused) {
      this.refuse(refused, message.channel);
      return;
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
