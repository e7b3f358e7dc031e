// Every route file under app/ is either fuzzed here (a public endpoint: what an anonymous client, a visitor or a
// provider's webhook can reach) or listed as member-only with the reason. The fuzz test fails on a route file in
// neither list, so a new public route cannot be forgotten (code-scan.ts reads the files).
import fc from "fast-check";
import twilio from "twilio";
import { signWebhook as signResendWebhook } from "@/lib/integrations/resend/webhook-signature";
import {
  CLOSE_ACTION_ID,
  QUALIFICATION_ACTION_ID,
  QUALIFICATION_BLOCK_ID,
  QUALIFICATION_CALLBACK_ID,
} from "@/lib/integrations/slack/interactivity/qualification";
import { shortcutCallbackIds } from "@/lib/integrations/slack/interactivity/shortcuts";
import { signedSlackHeaders } from "@/lib/integrations/slack/signature";
import { twilioParams } from "@/lib/integrations/twilio/signature";
import { signWebhook as signPusherWebhook } from "@/lib/realtime/webhook";

export interface FuzzContext {
  key: string; // the demo workspace's widget key
  tokens: string[]; // genuine visitor tokens of that workspace
  conversationId: string; // one of its conversations
  otherKey: string; // another workspace's widget key
  resendSecret: string;
  pusher: { key: string; secret: string };
  cronSecret: string;
  slack: { teamId: string; signingSecret: string }; // a Slack team connected to the demo workspace
  twilio: { authToken: string; appUrl: string };
  visitorPhone: string; // the phone of one of the demo workspace's visitors (an inbound text finds them)
}

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  params?: Record<string, string>; // a dynamic segment's value
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
export interface FuzzTarget {
  load: () => Promise<Record<string, unknown>>;
  requests: (c: FuzzContext) => fc.Arbitrary<FuzzRequest>;
  // A 5xx that is the route's documented answer, not a failure: the health probe's 503 "not able to serve".
  documented5xx?: { status: number; why: string };
}
export type RouteHandler = Handler;

// Values a client may send in place of a field: the wrong type, NULs, lone surrogates, huge or empty text.
// Any text as a client's bytes would carry it: UTF-8, percent-encoded (a lone surrogate becomes U+FFFD's bytes).
const encodeAny = (text: string) =>
  [...Buffer.from(text)].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("");
// An HTTP header carries visible ASCII only (fetch refuses the rest before any request is made).
const headerSafe = (text: string) => text.replace(/[^\x20-\x7e]/g, "");

const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom("\u0000", "a\u0000b", "\ud800", "x\udfffy", "", " ", "null", "javascript:alert(1)"),
  fc.constantFrom("x".repeat(20_000), "00000000-0000-0000-0000-000000000000"),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
);
const either = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: valid, weight: 2 }, { arbitrary: junk, weight: 1 });
const maybe = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined });
const ip = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((p) => p.join("."));

// A JSON body made of the route's fields (each valid or junk, sometimes missing), or anything else at all.
function body(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<string> {
  const record = fc.record(
    Object.fromEntries(Object.entries(fields).map(([name, valid]) => [name, either(valid)])),
    { requiredKeys: [] },
  );
  return fc.oneof(
    { arbitrary: record.map((r) => JSON.stringify(r)), weight: 6 },
    { arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)), weight: 1 },
    { arbitrary: fc.string({ unit: "binary", maxLength: 200 }), weight: 1 },
    { arbitrary: fc.constantFrom("", "{", "[]", "null", '{"key":', "\u0000"), weight: 1 },
  );
}

function widget(c: FuzzContext, fields: Record<string, fc.Arbitrary<unknown>>, method = "POST") {
  const key = fc.constantFrom(c.key, c.key, c.otherKey, "pk_nobody");
  const token = fc.constantFrom(...c.tokens, `${c.tokens[0]}x`, "a.b");
  return fc
    .record({
      body: body({ key, token, ...fields }),
      contentType: fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", ""),
      bearer: maybe(
        fc.oneof(
          token.map((t) => `Bearer ${t}`),
          fc.string(),
        ),
      ),
      forwardedFor: ip,
      queryKey: either(key),
      options: fc.boolean(),
    })
    .map(
      (r): FuzzRequest => ({
        method: r.options ? "OPTIONS" : method,
        url: `http://localhost/api/widget/x?key=${encodeAny(typeof r.queryKey === "string" ? r.queryKey : (JSON.stringify(r.queryKey) ?? ""))}`,
        headers: {
          ...(r.contentType ? { "content-type": r.contentType } : {}),
          ...(r.bearer ? { authorization: headerSafe(r.bearer) } : {}),
          "x-forwarded-for": r.forwardedFor,
        },
        body: method === "GET" || r.options ? undefined : r.body,
      }),
    );
}

const uuid = fc.uuid();
const url = fc.oneof(fc.webUrl(), fc.constantFrom("data:text/html,x", "javascript:alert(1)", "ftp://a.b/c"));
const email = fc.oneof(fc.emailAddress(), fc.constantFrom("a@b", "@", "x".repeat(400)));

// Pusher, Resend, Slack, Twilio: half the bodies carry a genuine signature, so the fuzz reaches what comes after it.
function signed(
  raw: fc.Arbitrary<string>,
  sign: (body: string) => Record<string, string>,
  path: string,
  contentType = "application/json",
) {
  return fc
    .record({
      body: raw,
      genuine: fc.boolean(),
      forged: fc.dictionary(
        fc.constantFrom(
          "x-pusher-key",
          "x-pusher-signature",
          "svix-id",
          "svix-timestamp",
          "svix-signature",
          "x-slack-request-timestamp",
          "x-slack-signature",
          "x-twilio-signature",
          "content-type",
        ),
        fc.string({ maxLength: 80 }),
      ),
    })
    .map(
      (r): FuzzRequest => ({
        method: "POST",
        url: `http://localhost${path}`,
        headers: r.genuine
          ? { "content-type": contentType, ...sign(r.body) }
          : Object.fromEntries(Object.entries(r.forged).map(([k, v]) => [k, headerSafe(v)])),
        body: r.body,
      }),
    );
}

const get = (
  path: string,
  query: fc.Arbitrary<string>,
  headers: fc.Arbitrary<Record<string, string>> = fc.constant({}),
) =>
  fc
    .record({ query, headers })
    .map(
      (r): FuzzRequest => ({ method: "GET", url: `http://localhost${path}?${r.query}`, headers: r.headers }),
    );
const queryOf = (names: string[]) =>
  fc
    .dictionary(fc.constantFrom(...names), fc.string({ unit: "grapheme", maxLength: 60 }))
    .map((q) => new URLSearchParams(q).toString());

const pageEvent = fc.record({
  name: fc.oneof(fc.constantFrom("channel_occupied", "channel_vacated", "member_added"), fc.string()),
  channel: maybe(fc.oneof(fc.constantFrom("private-visitor-x", "presence-workspace-x"), fc.string())),
});

export const fuzzedRoutes: Record<string, FuzzTarget> = {
  "app/api/widget/session/route.ts": {
    load: () => import("@/app/api/widget/session/route"),
    requests: (c) => widget(c, {}),
  },
  "app/api/widget/pageview/route.ts": {
    load: () => import("@/app/api/widget/pageview/route"),
    requests: (c) => widget(c, { url, title: fc.string(), referrer: fc.string() }),
  },
  "app/api/widget/heartbeat/route.ts": {
    load: () => import("@/app/api/widget/heartbeat/route"),
    requests: (c) => widget(c, { hidden: fc.boolean(), idle: fc.boolean() }),
  },
  "app/api/widget/identify/route.ts": {
    load: () => import("@/app/api/widget/identify/route"),
    requests: (c) =>
      widget(c, {
        email,
        phone: fc.string({ maxLength: 50 }),
        name: fc.string(),
        issuedAt: fc.oneof(fc.nat(), fc.constant(Math.floor(Date.now() / 1000))),
        signature: fc.stringMatching(/^[0-9a-f]{0,64}$/),
      }),
  },
  "app/api/widget/contact/route.ts": {
    load: () => import("@/app/api/widget/contact/route"),
    requests: (c) => widget(c, { email }),
  },
  "app/api/widget/messages/route.ts": {
    load: () => import("@/app/api/widget/messages/route"),
    requests: (c) => widget(c, { body: fc.oneof(fc.string(), fc.string({ unit: "binary" })) }),
  },
  "app/api/widget/read/route.ts": {
    load: () => import("@/app/api/widget/read/route"),
    requests: (c) => widget(c, { conversationId: fc.oneof(uuid, fc.constant(c.conversationId)) }),
  },
  "app/api/widget/cancel/route.ts": {
    load: () => import("@/app/api/widget/cancel/route"),
    requests: (c) => widget(c, { conversationId: fc.oneof(uuid, fc.constant(c.conversationId)) }),
  },
  "app/api/widget/leave/route.ts": {
    load: () => import("@/app/api/widget/leave/route"),
    requests: (c) => widget(c, {}),
  },
  "app/api/widget/conversation/route.ts": {
    load: () => import("@/app/api/widget/conversation/route"),
    requests: (c) => widget(c, {}, "GET"),
  },
  "app/api/realtime/auth/route.ts": {
    load: () => import("@/app/api/realtime/auth/route"),
    requests: (c) =>
      fc
        .record({
          form: fc.record(
            {
              socket_id: either(fc.constantFrom("123.456", "1.2")),
              channel_name: either(
                fc.constantFrom(
                  `private-conversation-${c.conversationId}`,
                  "presence-workspace-x",
                  "private-user-x",
                ),
              ),
              visitor_key: either(fc.constant(c.key)),
              visitor_token: either(fc.constantFrom(...c.tokens)),
            },
            { requiredKeys: [] },
          ),
          raw: fc.option(fc.string({ unit: "binary" }), { freq: 4 }),
          origin: fc.constantFrom("http://localhost", "https://evil.example", ""),
        })
        .map(
          (r): FuzzRequest => ({
            method: "POST",
            url: "http://localhost/api/realtime/auth",
            headers: {
              "content-type": "application/x-www-form-urlencoded",
              ...(r.origin ? { origin: r.origin } : {}),
            },
            body: r.raw ?? new URLSearchParams(formFields(r.form)).toString(),
          }),
        ),
  },
  "app/api/realtime/webhooks/route.ts": {
    load: () => import("@/app/api/realtime/webhooks/route"),
    requests: (c) =>
      signed(
        body({ time_ms: fc.nat(), events: fc.array(either(pageEvent), { maxLength: 5 }) }),
        (raw) => signPusherWebhook(c.pusher, raw),
        "/api/realtime/webhooks",
      ),
  },
  "app/api/webhooks/resend/route.ts": {
    load: () => import("@/app/api/webhooks/resend/route"),
    requests: (c) =>
      signed(
        body({
          type: fc.constantFrom(
            "email.received",
            "email.delivered",
            "email.bounced",
            "email.complained",
            "email.delivery_delayed",
          ),
          created_at: fc.date().map((d) => (Number.isNaN(d.getTime()) ? "x" : d.toISOString())),
          data: fc.record(
            { email_id: either(fc.string()), to: either(fc.array(email)), tags: junk },
            { requiredKeys: [] },
          ),
        }),
        (raw) => signResendWebhook(c.resendSecret, raw),
        "/api/webhooks/resend",
      ),
  },
  "app/api/webhooks/slack/events/route.ts": {
    load: () => import("@/app/api/webhooks/slack/events/route"),
    requests: (c) =>
      signed(
        body({
          type: fc.constantFrom("url_verification", "event_callback"),
          team_id: fc.oneof(fc.constant(c.slack.teamId), fc.string()),
          event_id: fc.string(),
          challenge: fc.string(),
          event: fc.oneof(slackMessageEvent, junk),
        }),
        (raw) => signedSlackHeaders(c.slack.signingSecret, raw),
        "/api/webhooks/slack/events",
      ),
  },
  "app/api/webhooks/slack/interactivity/route.ts": {
    load: () => import("@/app/api/webhooks/slack/interactivity/route"),
    requests: (c) =>
      signed(
        fc.oneof(
          { arbitrary: body(slackInteraction(c)).map((payload) => form({ payload })), weight: 4 },
          { arbitrary: fc.string({ unit: "binary", maxLength: 200 }), weight: 1 },
        ),
        (raw) => signedSlackHeaders(c.slack.signingSecret, raw),
        "/api/webhooks/slack/interactivity",
        "application/x-www-form-urlencoded",
      ),
  },
  "app/api/webhooks/twilio/inbound/route.ts": {
    load: () => import("@/app/api/webhooks/twilio/inbound/route"),
    requests: (c) =>
      twilioSigned(c, "/api/webhooks/twilio/inbound", {
        MessageSid: messageSid,
        From: fc.oneof(
          fc.constantFrom(c.visitorPhone, `whatsapp:${c.visitorPhone}`),
          fc.string({ maxLength: 90 }),
        ),
        Body: fc.oneof(
          fc.constantFrom("STOP", "START", "HELP", "yes please"),
          fc.string({ maxLength: 1_700 }),
        ),
        NumMedia: fc.oneof(fc.nat(12), fc.string()),
        OptOutType: fc.oneof(fc.constantFrom("STOP", "START", "HELP"), fc.string()),
      }),
  },
  "app/api/webhooks/twilio/status/route.ts": {
    load: () => import("@/app/api/webhooks/twilio/status/route"),
    requests: (c) =>
      twilioSigned(c, "/api/webhooks/twilio/status", {
        MessageSid: messageSid,
        MessageStatus: fc.oneof(
          fc.constantFrom("queued", "sent", "delivered", "undelivered", "failed", "read"),
          fc.string({ maxLength: 50 }),
        ),
        ErrorCode: fc.oneof(fc.constantFrom("", "63016", "30003"), fc.string()),
      }),
  },
  "app/api/mobile/devices/route.ts": {
    load: () => import("@/app/api/mobile/devices/route"),
    requests: (c) =>
      fc.oneof(
        widget(c, { provider: pushProvider, deviceToken, appId, environment: apnsEnvironment }),
        widget(c, { provider: pushProvider, deviceToken }, "DELETE"),
      ),
  },
  "app/api/mobile/push-receipts/route.ts": {
    load: () => import("@/app/api/mobile/push-receipts/route"),
    requests: (c) => widget(c, { deliveryId: uuid }),
  },
  "app/api/widget/contact-answer/route.ts": {
    load: () => import("@/app/api/widget/contact-answer/route"),
    requests: (c) => widget(c, { email, phone: fc.oneof(fc.constantFrom("+14155550100", ""), fc.string()) }),
  },
  "app/api/cron/sms-credit/route.ts": {
    load: () => import("@/app/api/cron/sms-credit/route"),
    requests: (c) => get("/api/cron/sms-credit", fc.constant(""), cronHeaders(c)),
  },
  // Stripe Checkout's return, where Stripe sends any browser: refused before anything is read without a session.
  "app/api/billing/card/route.ts": {
    load: () => import("@/app/api/billing/card/route"),
    requests: () => get("/api/billing/card", queryOf(["checkout"])),
  },
  "app/api/cron/retention/route.ts": {
    load: () => import("@/app/api/cron/retention/route"),
    requests: (c) => get("/api/cron/retention", fc.constant(""), cronHeaders(c)),
  },
  "app/api/cron/deliveries/route.ts": {
    load: () => import("@/app/api/cron/deliveries/route"),
    requests: (c) => get("/api/cron/deliveries", fc.constant(""), cronHeaders(c)),
  },
  "app/api/cron/crm-sync/route.ts": {
    load: () => import("@/app/api/cron/crm-sync/route"),
    requests: (c) => get("/api/cron/crm-sync", fc.constant(""), cronHeaders(c)),
  },
  "app/api/health/route.ts": {
    load: () => import("@/app/api/health/route"),
    requests: () => get("/api/health", queryOf(["x"])),
    documented5xx: {
      status: 503,
      why: "the probe's answer while realtime is down (no realtime server in this test)",
    },
  },
  "app/api/integrations/salesforce/callback/route.ts": {
    load: () => import("@/app/api/integrations/salesforce/callback/route"),
    requests: () => get("/api/integrations/salesforce/callback", queryOf(["code", "state", "error"])),
  },
  // The OAuth returns are where a provider sends any browser: refused before anything is read without a session.
  "app/api/integrations/hubspot/callback/route.ts": {
    load: () => import("@/app/api/integrations/hubspot/callback/route"),
    requests: () => get("/api/integrations/hubspot/callback", queryOf(["code", "state", "error"])),
  },
  "app/api/integrations/slack/oauth/route.ts": {
    load: () => import("@/app/api/integrations/slack/oauth/route"),
    requests: () => get("/api/integrations/slack/oauth", queryOf(["code", "state", "error"])),
  },
  "app/widget/frame/route.ts": {
    load: () => import("@/app/widget/frame/route"),
    requests: (c) => get("/widget/frame", fc.oneof(fc.constant(`key=${c.key}`), queryOf(["key"]))),
  },
  "app/c/[token]/route.ts": {
    load: () => import("@/app/c/[token]/route"),
    requests: () => tokenInPath("/c/"),
  },
  "app/widget/continue/[token]/route.ts": {
    load: () => import("@/app/widget/continue/[token]/route"),
    requests: () => tokenInPath("/widget/continue/"),
  },
};

const pushProvider = fc.constantFrom("fcm", "apns");
const deviceToken = fc.oneof(fc.stringMatching(/^[0-9a-f]{64}$/), fc.stringMatching(/^[\w:.-]{8,200}$/));
const appId = fc.oneof(fc.constantFrom("com.example.app", "test.b"), fc.string());
const apnsEnvironment = fc.constantFrom("production", "development");
const messageSid = fc.oneof(fc.stringMatching(/^SM[0-9a-f]{32}$/), fc.string({ maxLength: 40 }));

const slackMessageEvent = fc.record(
  {
    type: fc.constantFrom("message", "app_mention"),
    channel: fc.string({ maxLength: 12 }),
    user: fc.string({ maxLength: 12 }),
    text: fc.string(),
    ts: fc.string({ maxLength: 20 }),
    thread_ts: fc.string({ maxLength: 20 }),
  },
  { requiredKeys: [] },
);

// The payload of a shortcut, a button or a modal's submission: the fields Herald reads, each valid or junk.
function slackInteraction(c: FuzzContext): Record<string, fc.Arbitrary<unknown>> {
  return {
    type: fc.constantFrom("message_action", "block_actions", "view_submission", "shortcut"),
    callback_id: fc.constantFrom(...Object.values(shortcutCallbackIds), "x"),
    trigger_id: fc.string({ minLength: 1, maxLength: 30 }),
    team: fc.record({ id: fc.oneof(fc.constant(c.slack.teamId), fc.string()) }),
    user: fc.record({ id: fc.constantFrom("U0FUZZ", "") }),
    channel: fc.record({ id: fc.string({ maxLength: 12 }) }),
    message: fc.record({ ts: fc.string({ maxLength: 20 }), thread_ts: maybe(fc.string({ maxLength: 20 })) }),
    container: fc.record({ message_ts: maybe(fc.string()), thread_ts: maybe(fc.string()) }),
    actions: fc.array(
      fc.record({
        action_id: fc.oneof(fc.constantFrom(CLOSE_ACTION_ID, QUALIFICATION_ACTION_ID), fc.string()),
        value: maybe(fc.oneof(fc.constant(c.conversationId), fc.string())),
      }),
      { maxLength: 2 },
    ),
    view: fc.record({
      id: fc.string({ maxLength: 12 }),
      callback_id: fc.constantFrom(QUALIFICATION_CALLBACK_ID, "x"),
      private_metadata: fc.oneof(fc.constant(c.conversationId), fc.string()),
      state: fc.record({
        values: fc.oneof(
          fc.constant({
            [QUALIFICATION_BLOCK_ID]: {
              [QUALIFICATION_ACTION_ID]: { selected_option: { value: "qualified" } },
            },
          }),
          fc.dictionary(fc.string(), fc.dictionary(fc.string(), junk)),
        ),
      }),
    }),
  };
}

// Twilio posts a form and signs the URL it was told (APP_URL + path) with every parameter.
function twilioSigned(c: FuzzContext, path: string, fields: Record<string, fc.Arbitrary<unknown>>) {
  const url = new URL(path, c.twilio.appUrl).toString();
  return signed(
    fc.oneof(
      {
        arbitrary: fc
          .record(Object.fromEntries(Object.entries(fields).map(([name, valid]) => [name, either(valid)])), {
            requiredKeys: [],
          })
          .map((r) => new URLSearchParams(formFields(r)).toString()),
        weight: 4,
      },
      { arbitrary: fc.string({ unit: "binary", maxLength: 200 }), weight: 1 },
    ),
    (raw) => ({
      "x-twilio-signature": twilio.getExpectedTwilioSignature(c.twilio.authToken, url, twilioParams(raw)),
    }),
    path,
    "application/x-www-form-urlencoded",
  );
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

// A form carries text only: a junk value that is not a string goes as its JSON.
const formFields = (form: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(form).map(([name, value]) => [
      name,
      typeof value === "string" ? value : (JSON.stringify(value) ?? ""),
    ]),
  );

function cronHeaders(c: FuzzContext): fc.Arbitrary<Record<string, string>> {
  return fc.oneof(
    fc.constant({}),
    fc.string().map((s) => ({ authorization: headerSafe(s) })),
    fc.constant({ authorization: `Bearer ${c.cronSecret}x` }),
  );
}

function tokenInPath(prefix: string): fc.Arbitrary<FuzzRequest> {
  return fc
    .oneof(fc.string({ unit: "grapheme" }), fc.stringMatching(/^[A-Za-z0-9_-]{10,80}\.[A-Za-z0-9_-]{10,60}$/))
    .map((token) => ({
      method: "GET",
      url: `http://localhost${prefix}${encodeAny(token)}`,
      headers: {},
      params: { token },
    }));
}

// Not public: each refuses a caller without a member session before it reads anything (withMember,
// requireMember, currentMember); the isolation suite calls them as a member of another workspace.
export const memberOnlyRoutes: Record<string, string> = {
  "app/(app)/settings/follow-ups/mailbox/reply/route.ts":
    "requireMember('admin'); the development sandbox's reply form",
  "app/api/integrations/crm/[connectionId]/route.ts":
    "an admin's CRM sync progress (withMember-style check first)",
  "app/api/integrations/salesforce/connect/route.ts": "an admin starting the Salesforce OAuth consent",
  "app/api/presence/route.ts": "withMember: an agent tab's presence report",
  "app/api/push/subscriptions/route.ts": "withMember: an agent's browser push subscription",
  "app/api/push/vapid-public-key/route.ts": "withMember: the VAPID public key for an agent's browser",
  "app/(app)/settings/follow-ups/device/act/route.ts":
    "requireMember('admin'); the development push sandbox's phone buttons",
  "app/(app)/settings/follow-ups/phone/control/route.ts":
    "requireMember('admin'); the development texts sandbox's phone buttons",
  "app/api/integrations/hubspot/connect/route.ts": "withMember (admin): starts the HubSpot OAuth consent",
  "app/api/integrations/slack/connect/route.ts": "currentMember, admin, first: starts Add to Slack",
  "app/api/auth/[...nextauth]/route.ts":
    "Auth.js's own handler: it needs Next's request scope (cookies()); password sign-in goes through the sign-in action, limited per IP and email (lib/auth/rate-limit.int.test.ts)",
};
