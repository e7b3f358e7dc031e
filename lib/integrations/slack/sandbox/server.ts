// A local Slack: an HTTP server speaking the Web API methods Herald uses, reached by the real `WebClient`
// (slackApiUrl → http://127.0.0.1:PORT/api/), and a signer that plays Slack towards Herald (Events API).
// Development (`npm run dev` without a Slack app) and the tests run against it (PROVIDERS.md §1.7).
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { signedSlackHeaders } from "../signature";
import { buttonPressRequest, messageShortcutRequest, openView, viewSubmissionRequest } from "./interactions";
import { sandboxOAuth } from "./oauth";
import { sandboxPage } from "./page";
import { type SandboxMessage, type SandboxWorkspace, seedSandboxWorkspace } from "./workspace";

type Args = Record<string, string>;
type Answer = Record<string, unknown> & { ok: boolean };
type Method = (args: Args, ws: SandboxWorkspace) => Answer;

export interface SlackSandbox {
  url: string; // the Web API base, for slackApiUrl
  workspace: SandboxWorkspace;
  // Scripted failures: the next call of `method` answers this error (or a 429 with Retry-After).
  failNext(method: string, error: string, retryAfterSeconds?: number): void;
  // Plays Slack towards Herald: a signed Events API `message` event from a Slack user.
  sendMessageEvent(input: {
    user: string;
    channel: string;
    text: string;
    threadTs?: string;
  }): Promise<Response>;
  eventsUrl: string | null;
  calls: string[]; // every Web API method called, in order (pagination and caching tests)
  // Plays Slack's interactivity towards Herald: a signed `payload=` form post (./interactions.ts builds them).
  sendInteraction(request: { rawBody: string; headers: Record<string, string> }): Promise<Response>;
  interactivityUrl: string | null;
  close(): Promise<void>;
}

let clock = 1_700_000_000;
const nextTs = () => `${++clock}.${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;
const fail = (error: string): Answer => ({ ok: false, error });

const channelOf = (ws: SandboxWorkspace, id: string) => ws.channels.find((c) => c.id === id);
const userJson = (u: SandboxWorkspace["users"][number]) => ({
  id: u.id,
  name: u.name,
  real_name: u.realName,
  profile: { email: u.email, real_name: u.realName, display_name: u.name },
});
const channelJson = (c: SandboxWorkspace["channels"][number]) => ({
  id: c.id,
  name: c.name,
  is_private: c.isPrivate,
  is_im: c.isIm,
  is_archived: c.isArchived,
});

// Cursor pagination as Slack does it: `limit` per page (default 100), an opaque next_cursor, "" on the last page.
function pageOf<T>(all: readonly T[], args: Args) {
  const limit = Math.min(Math.max(Number(args.limit) || 100, 1), 1000);
  const from = args.cursor ? Number(Buffer.from(args.cursor, "base64").toString().replace("next:", "")) : 0;
  const items = all.slice(from, from + limit);
  const more = from + limit < all.length;
  return { items, next_cursor: more ? Buffer.from(`next:${from + limit}`).toString("base64") : "" };
}

function post(args: Args, ws: SandboxWorkspace, ephemeral: boolean): Answer {
  const channel = channelOf(ws, args.channel);
  // A private channel the app is not in is invisible to it: channel_not_found (PROVIDERS.md §1.6).
  if (!channel || (channel.isPrivate && !channel.members.has(ws.botUserId))) return fail("channel_not_found");
  if (channel.isArchived) return fail("is_archived");
  if (!channel.members.has(ws.botUserId)) return fail("not_in_channel");
  if (!args.text && !args.blocks) return fail("no_text");
  if (ephemeral && !channel.members.has(args.user)) return fail("user_not_in_channel");
  const message: SandboxMessage = {
    channel: channel.id,
    ts: nextTs(),
    threadTs: args.thread_ts || undefined,
    user: ws.botUserId,
    botId: ws.botId,
    text: args.text ?? "",
    blocks: args.blocks ? (JSON.parse(args.blocks) as unknown[]) : undefined,
    ephemeralTo: ephemeral ? args.user : undefined,
    username: args.username,
  };
  ws.messages.push(message);
  if (ephemeral) return { ok: true, message_ts: message.ts };
  return {
    ok: true,
    channel: channel.id,
    ts: message.ts,
    message: {
      type: "message",
      text: message.text,
      user: ws.botUserId,
      bot_id: ws.botId,
      ts: message.ts,
      thread_ts: message.threadTs,
    },
  };
}

const methods: Record<string, Method> = {
  "auth.test": (_, ws) => ({
    ok: true,
    url: `https://${ws.teamId.toLowerCase()}.slack.com/`,
    team: ws.teamName,
    team_id: ws.teamId,
    user_id: ws.botUserId,
    bot_id: ws.botId,
  }),
  "conversations.list": (args, ws) => {
    const types = (args.types ?? "public_channel").split(",");
    const visible = ws.channels.filter(
      (c) =>
        !c.isIm &&
        (c.isPrivate
          ? types.includes("private_channel") && c.members.has(ws.botUserId)
          : types.includes("public_channel")) &&
        !(args.exclude_archived === "true" && c.isArchived),
    );
    const { items, next_cursor } = pageOf(visible, args);
    return { ok: true, channels: items.map(channelJson), response_metadata: { next_cursor } };
  },
  "conversations.info": (args, ws) => {
    const c = channelOf(ws, args.channel);
    if (!c || (c.isPrivate && !c.members.has(ws.botUserId))) return fail("channel_not_found");
    return { ok: true, channel: channelJson(c) };
  },
  "conversations.open": (args, ws) => {
    const user = ws.users.find((u) => u.id === args.users);
    if (!user) return fail("user_not_found");
    const id = `D0${user.id.slice(2)}`;
    if (!channelOf(ws, id)) {
      ws.channels.push({
        id,
        name: user.name,
        isPrivate: true,
        isIm: true,
        isArchived: false,
        members: new Set([ws.botUserId, user.id]),
      });
    }
    return { ok: true, channel: { id } };
  },
  "users.lookupByEmail": (args, ws) => {
    const user = ws.users.find((u) => u.email.toLowerCase() === (args.email ?? "").toLowerCase());
    return user ? { ok: true, user: userJson(user) } : fail("users_not_found");
  },
  "users.list": (args, ws) => {
    const { items, next_cursor } = pageOf(ws.users, args);
    return { ok: true, members: items.map(userJson), response_metadata: { next_cursor } };
  },
  "users.info": (args, ws) => {
    const user = ws.users.find((u) => u.id === args.user);
    return user ? { ok: true, user: userJson(user) } : fail("user_not_found");
  },
  "chat.postMessage": (args, ws) => post(args, ws, false),
  "chat.postEphemeral": (args, ws) => post(args, ws, true),
  "views.open": (args, ws) => openView(ws, args),
};

async function readArgs(req: IncomingMessage): Promise<Args> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString("utf8");
  const query = Object.fromEntries(new URL(req.url ?? "/", "http://x").searchParams);
  if ((req.headers["content-type"] ?? "").includes("json")) {
    const json = JSON.parse(raw || "{}") as Record<string, unknown>;
    return {
      ...query,
      ...Object.fromEntries(
        Object.entries(json).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]),
      ),
    };
  }
  return { ...query, ...Object.fromEntries(new URLSearchParams(raw)) };
}

// A signed Events API `message` event from a Slack user, as Slack sends it (PROVIDERS.md §1.4); the message is
// also kept in the sandbox's history.
export function messageEvent(
  workspace: SandboxWorkspace,
  input: { user: string; channel: string; text: string; threadTs?: string; botId?: string },
  now = new Date(),
) {
  const ts = nextTs();
  workspace.messages.push({
    channel: input.channel,
    ts,
    threadTs: input.threadTs,
    user: input.user,
    text: input.text,
    botId: input.botId,
  });
  const rawBody = JSON.stringify({
    token: "sandbox",
    team_id: workspace.teamId,
    api_app_id: workspace.appId,
    type: "event_callback",
    event_id: `Ev${ts.replace(".", "")}`,
    event_time: Math.floor(now.getTime() / 1000),
    event: {
      type: "message",
      channel: input.channel,
      channel_type: "channel",
      user: input.user,
      text: input.text,
      ts,
      thread_ts: input.threadTs,
      event_ts: ts,
      ...(input.botId ? { bot_id: input.botId } : {}),
    },
  });
  return { rawBody, headers: signedSlackHeaders(workspace.signingSecret, rawBody, now) };
}

export async function startSlackSandbox(
  options: {
    port?: number;
    eventsUrl?: string;
    interactivityUrl?: string;
    botToken?: string;
    signingSecret?: string;
  } = {},
): Promise<SlackSandbox> {
  const workspace = seedSandboxWorkspace(options);
  const scripted = new Map<string, { error: string; retryAfter?: number }>();
  const oauth = sandboxOAuth(workspace);
  const server: Server = createServer(async (req, res) => {
    if (await oauth(req, res)) return;
    if (req.method === "GET" && (req.url === "/" || req.url === "")) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return res.end(sandboxPage(workspace));
    }
    if (req.method === "POST" && req.url === "/dismiss-view") {
      closeView((await readArgs(req).catch(() => ({}) as Args)).view_id);
      res.writeHead(303, { location: "/" });
      return res.end();
    }
    const interaction = req.method === "POST" ? pageInteractions[req.url ?? ""] : undefined;
    if (interaction) {
      const form = await readArgs(req).catch(() => ({}) as Args);
      const answer = await Promise.resolve()
        .then(() => sandbox.sendInteraction(interaction(form)))
        .catch((error: unknown) => ({ status: 502, statusText: String(error) }));
      if (answer.status >= 300) {
        res.writeHead(502, { "content-type": "text/plain" });
        return res.end(`Herald answered ${answer.status} ${answer.statusText}`);
      }
      if (req.url === "/submit-view") closeView(form.view_id);
      // Herald does the work after acknowledging it: give it a moment before the page is shown again.
      await new Promise((r) => setTimeout(r, 500));
      res.writeHead(303, { location: "/" });
      return res.end();
    }
    if (req.method === "POST" && req.url === "/reply") {
      const form = await readArgs(req).catch(() => ({}) as Args);
      const answer = await sandbox
        .sendMessageEvent({
          user: form.user,
          channel: form.channel,
          text: form.text ?? "",
          threadTs: form.thread_ts,
        })
        .catch((error: unknown) => ({ status: 502, statusText: String(error) }));
      if (answer.status >= 300) {
        res.writeHead(502, { "content-type": "text/plain" });
        return res.end(`Herald answered ${answer.status} ${answer.statusText}`);
      }
      // Herald takes the reply after acknowledging it: give it a moment before the page is shown again.
      await new Promise((r) => setTimeout(r, 500));
      res.writeHead(303, { location: "/" });
      return res.end();
    }
    const name = /^\/api\/([\w.]+)/.exec(req.url ?? "")?.[1] ?? "";
    const args = await readArgs(req).catch(() => ({}) as Args);
    const reply = (status: number, body: Answer, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(body));
    };
    const method = methods[name];
    if (!method) return reply(404, fail("unknown_method"));
    sandbox.calls.push(name);
    const token = (req.headers.authorization ?? "").replace(/^Bearer /, "") || args.token;
    if (!token) return reply(200, fail("not_authed"));
    if (token !== workspace.botToken) return reply(200, fail("invalid_auth"));
    const failure = scripted.get(name);
    if (failure) {
      scripted.delete(name);
      if (failure.retryAfter !== undefined) {
        return reply(429, fail("ratelimited"), { "retry-after": String(failure.retryAfter) });
      }
      return reply(200, fail(failure.error));
    }
    reply(200, method(args, workspace));
  });
  // The sandbox page's forms: run a shortcut on a message, press a button of the app's message, submit a modal.
  const pageInteractions: Record<
    string,
    (form: Args) => { rawBody: string; headers: Record<string, string> }
  > = {
    "/shortcut": (form) =>
      messageShortcutRequest(workspace, {
        user: form.user,
        channel: form.channel,
        messageTs: form.message_ts,
        callbackId: form.callback_id,
      }),
    "/press": (form) =>
      buttonPressRequest(workspace, {
        user: form.user,
        channel: form.channel,
        messageTs: form.message_ts,
        actionId: form.action_id,
        value: form.value,
      }),
    "/submit-view": (form) =>
      viewSubmissionRequest(workspace, {
        viewId: form.view_id,
        choices: { [form.block_id]: { actionId: form.action_id, value: form.choice || null } },
      }),
  };
  const closeView = (id: string) => {
    const view = workspace.views.find((v) => v.id === id);
    if (view) view.open = false;
  };
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const sandbox: SlackSandbox = {
    url: `http://127.0.0.1:${port}/api/`,
    workspace,
    eventsUrl: options.eventsUrl ?? null,
    calls: [],
    failNext(method, error, retryAfterSeconds) {
      scripted.set(method, { error, retryAfter: retryAfterSeconds });
    },
    async sendMessageEvent(input) {
      if (!sandbox.eventsUrl) throw new Error("the sandbox has no Herald events URL");
      const { rawBody, headers } = messageEvent(workspace, input);
      return fetch(sandbox.eventsUrl, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: rawBody,
      });
    },
    interactivityUrl: options.interactivityUrl ?? null,
    async sendInteraction({ rawBody, headers }) {
      if (!sandbox.interactivityUrl) throw new Error("the sandbox has no Herald interactivity URL");
      return fetch(sandbox.interactivityUrl, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
        body: rawBody,
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return sandbox;
}
