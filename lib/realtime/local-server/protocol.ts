// Pusher protocol 7 message shapes. Server → client `data` is always a JSON string (pusher-js parses it);
// client → server `data` is an object (pusher-js sends it unencoded inside the frame).
import { z } from "zod";

export const PROTOCOL_VERSION = 7;

// Codes pusher-js understands: 4000–4099 = do not reconnect, 4100–4199 = back off, 4200–4299 = reconnect.
export const ErrorCode = {
  applicationDoesNotExist: 4001,
  unsupportedProtocol: 4007,
  unauthorized: 4009,
  pongNotReceived: 4201,
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

// Pusher's own limits on channel names: 164 characters from this set.
export const channelNameSchema = z
  .string()
  .min(1)
  .max(164)
  .regex(/^[A-Za-z0-9_\-=@,.;]+$/, "invalid channel name");

export type ChannelKind = "public" | "private" | "presence";
export function channelKind(channel: string): ChannelKind {
  if (channel.startsWith("presence-")) return "presence";
  if (channel.startsWith("private-")) return "private";
  return "public";
}

const subscribeSchema = z.object({
  event: z.literal("pusher:subscribe"),
  data: z.object({
    channel: channelNameSchema,
    auth: z.string().optional(),
    channel_data: z.string().optional(),
  }),
});
const unsubscribeSchema = z.object({
  event: z.literal("pusher:unsubscribe"),
  data: z.object({ channel: channelNameSchema }),
});
const pingSchema = z.object({ event: z.literal("pusher:ping") });
const pongSchema = z.object({ event: z.literal("pusher:pong") });
const clientEventSchema = z.object({
  // A template literal type, so a switch on `event` narrows protocol messages apart from client events.
  event: z.templateLiteral(["client-", z.string()]).refine((e) => e.length <= 200, "event name too long"),
  channel: channelNameSchema,
  data: z.unknown(),
});

export const clientMessageSchema = z.union([
  subscribeSchema,
  unsubscribeSchema,
  pingSchema,
  pongSchema,
  clientEventSchema,
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

// The presence member pusher-js expects in channel_data: user_id is a string key in `hash`.
export const presenceMemberSchema = z.object({
  user_id: z.union([z.string().min(1), z.number()]).transform(String),
  user_info: z.unknown().optional(),
});
export type PresenceMember = z.infer<typeof presenceMemberSchema>;

export type ServerMessage = { event: string; channel?: string; data: string; user_id?: string };

export function parseClientMessage(raw: string): ClientMessage | undefined {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined; // not JSON: the caller answers with pusher:error
  }
  const result = clientMessageSchema.safeParse(json);
  return result.success ? result.data : undefined;
}

export const serverMessage = {
  connectionEstablished: (socketId: string, activityTimeout: number): ServerMessage => ({
    event: "pusher:connection_established",
    data: JSON.stringify({ socket_id: socketId, activity_timeout: activityTimeout }),
  }),
  // With a channel, pusher-js also emits the error on that channel (channel.bind("pusher:error")).
  error: (code: ErrorCode | null, message: string, channel?: string): ServerMessage => ({
    event: "pusher:error",
    ...(channel === undefined ? {} : { channel }),
    data: JSON.stringify({ code, message }),
  }),
  ping: (): ServerMessage => ({ event: "pusher:ping", data: "{}" }),
  pong: (): ServerMessage => ({ event: "pusher:pong", data: "{}" }),
  subscriptionSucceeded: (channel: string, members?: Map<string, unknown>): ServerMessage => ({
    event: "pusher_internal:subscription_succeeded",
    channel,
    data: JSON.stringify(members ? { presence: presenceSnapshot(members) } : {}),
  }),
  memberAdded: (channel: string, member: PresenceMember): ServerMessage => ({
    event: "pusher_internal:member_added",
    channel,
    data: JSON.stringify({ user_id: member.user_id, user_info: member.user_info }),
  }),
  memberRemoved: (channel: string, userId: string): ServerMessage => ({
    event: "pusher_internal:member_removed",
    channel,
    data: JSON.stringify({ user_id: userId }),
  }),
  channelEvent: (channel: string, event: string, data: unknown, userId?: string): ServerMessage => ({
    event,
    channel,
    data: typeof data === "string" ? data : JSON.stringify(data ?? null),
    ...(userId === undefined ? {} : { user_id: userId }),
  }),
};

function presenceSnapshot(members: Map<string, unknown>) {
  return { ids: [...members.keys()], hash: Object.fromEntries(members), count: members.size };
}
