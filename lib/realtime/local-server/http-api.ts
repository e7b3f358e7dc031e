// The Pusher HTTP API subset Herald uses: trigger, batch trigger, channel info and presence users.
// Every request is signed (api-signature.ts); failures are 4xx with a reason, never a 500.
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { verifyApiSignature } from "./api-signature";
import type { AppCredentials } from "./auth";
import type { ChannelRegistry } from "./channels";
import { channelKind, channelNameSchema, serverMessage } from "./protocol";

// Pusher's own limits, kept so that code working locally does not break on Pusher Channels.
const MAX_BODY_BYTES = 1_000_000;
const MAX_EVENT_DATA_BYTES = 10_240;
const socketIdSchema = z.string().regex(/^\d+\.\d+$/, "invalid socket_id");
const eventFields = {
  name: z.string().min(1).max(200),
  data: z.string().refine((d) => Buffer.byteLength(d) <= MAX_EVENT_DATA_BYTES, "data exceeds 10 KB"),
  socket_id: socketIdSchema.optional(),
};
const triggerSchema = z
  .object({ ...eventFields, channels: z.array(channelNameSchema).min(1).max(100).optional() })
  .extend({ channel: channelNameSchema.optional() })
  .refine((e) => e.channels || e.channel, "channels or channel is required");
const batchSchema = z.object({
  batch: z
    .array(z.object({ ...eventFields, channel: channelNameSchema }))
    .min(1)
    .max(10),
});

type ApiResult = { status: number; body: unknown };
type ApiContext = { app: AppCredentials; appId: string; registry: ChannelRegistry };

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function createHttpApiHandler(context: ApiContext) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let result: ApiResult;
    try {
      result = await route(context, req);
    } catch (error) {
      // Bad input is always an HttpError (4xx); anything else is a bug in this server and says so.
      if (!(error instanceof HttpError)) console.error("realtime: HTTP API failed", error);
      result =
        error instanceof HttpError
          ? { status: error.status, body: { error: error.message } }
          : { status: 500, body: { error: "Internal error" } };
    }
    res.writeHead(result.status, { "content-type": "application/json" });
    res.end(JSON.stringify(result.body));
  };
}

async function route(context: ApiContext, req: IncomingMessage): Promise<ApiResult> {
  const url = parseRequestUrl(req.url);
  // Unsigned and content-free, for Herald's /api/health and the supervisor's logs.
  if (url.pathname === "/health") return { status: 200, body: { ok: true } };
  const match = /^\/apps\/([^/]+)(\/.*)$/.exec(url.pathname);
  if (!match || match[1] !== context.appId) throw new HttpError(404, "Unknown app or path");
  const method = req.method ?? "GET";
  const body = await readBody(req);
  const check = verifyApiSignature(context.app, {
    method,
    path: url.pathname,
    query: url.searchParams,
    body,
  });
  if (!check.ok) throw new HttpError(401, check.reason);

  const subPath = match[2];
  if (method === "POST" && subPath === "/events") return trigger(context, parseJson(body, triggerSchema));
  if (method === "POST" && subPath === "/batch_events")
    return triggerBatch(context, parseJson(body, batchSchema));
  const channelPath = /^\/channels\/([^/]+)(\/users)?$/.exec(subPath);
  if (method === "GET" && channelPath)
    return channelInfo(context, decodePathPart(channelPath[1]), !!channelPath[2]);
  throw new HttpError(404, `No route for ${method} ${subPath}`);
}

function trigger({ registry }: ApiContext, event: z.infer<typeof triggerSchema>): ApiResult {
  const channels = event.channels ?? (event.channel ? [event.channel] : []);
  for (const channel of channels) {
    registry.publish(channel, serverMessage.channelEvent(channel, event.name, event.data), event.socket_id);
  }
  return { status: 200, body: {} };
}

function triggerBatch({ registry }: ApiContext, { batch }: z.infer<typeof batchSchema>): ApiResult {
  for (const event of batch) {
    const message = serverMessage.channelEvent(event.channel, event.name, event.data);
    registry.publish(event.channel, message, event.socket_id);
  }
  return { status: 200, body: {} };
}

function channelInfo({ registry }: ApiContext, channel: string, users: boolean): ApiResult {
  if (!users) return { status: 200, body: registry.info(channel) };
  if (channelKind(channel) !== "presence")
    throw new HttpError(400, "users are only listed for presence channels");
  return { status: 200, body: { users: registry.presenceUserIds(channel).map((id) => ({ id })) } };
}

// A request line like "//" or "//[" is not a path the URL parser accepts: a 400, not a 500.
function parseRequestUrl(raw: string | undefined): URL {
  try {
    const url = new URL(raw ?? "/", "http://local");
    if (url.host !== "local") throw new Error("not a path");
    return url;
  } catch {
    throw new HttpError(400, "Invalid request path");
  }
}

function decodePathPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new HttpError(400, "Invalid channel name encoding");
  }
}

function parseJson<T>(body: string, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new HttpError(400, "Body is not valid JSON");
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new HttpError(400, `Invalid body: ${issue?.path.join(".") || "body"} ${issue?.message ?? ""}`.trim());
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, "Request body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
