// Every environment variable Herald reads, validated once. `.env.example` documents each one.
import { z } from "zod";
import { readOrCreateLocalSecret } from "./local-secrets";
import { productionRealtimeIssues } from "./realtime/env-rules";

const optional = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    // Every emailed link (sign-in, password reset, invitation, notification) and Auth.js's own URL come from
    // it, never from request headers. Required in production; http://localhost:3000 otherwise.
    APP_URL: optional.pipe(z.url({ protocol: /^https?$/, message: "must be an http(s):// URL" }).optional()),
    // The one-time token /setup asks for while no workspace exists. Unset: generated and printed at start.
    SETUP_TOKEN: optional.pipe(z.string().min(16, "must be at least 16 characters").optional()),
    DATABASE_URL: optional.pipe(
      z.url({ protocol: /^postgres(ql)?$/, message: "must be a postgres:// URL" }).optional(),
    ),
    PGLITE_DIR: z.string().default(".data/pglite"),
    AUTH_SECRET: optional,
    // 32 bytes, base64: encrypts stored secrets (identity secrets, provider tokens) with AES-256-GCM.
    ENCRYPTION_KEY: optional.pipe(
      z
        .string()
        .refine(
          (v) => Buffer.from(v, "base64").length === 32,
          "must be 32 bytes, base64 (openssl rand -base64 32)",
        )
        .optional(),
    ),
    EMAIL_FROM: z.string().default("Herald <herald@localhost>"),
    // How many proxies in front of Herald append to X-Forwarded-For (nginx, a load balancer): the client IP is
    // the right-most entry they did not write. 0: the socket address (lib/http/client-ip.ts).
    TRUST_PROXY_HOPS: optional.pipe(
      z.string().regex(/^\d+$/, "must be a whole number").transform(Number).default(0),
    ),
    VERCEL: optional,
    // "true" serves /demo and its identity signer in production, for the seeded demo workspace only.
    HERALD_DEMO: z
      .enum(["true", "false", ""])
      .default("false")
      .transform((v) => v === "true"),
    // Vercel Cron sends it as `Authorization: Bearer …` to /api/cron/*. Unset: the cron routes are open in
    // development and refused (401) in production.
    CRON_SECRET: optional,
    // Set to "false" to run no delivery worker in the Next server. Unset: "true", except on Vercel, where no
    // process lives on and Vercel Cron calls /api/cron/deliveries instead (vercel.json).
    DELIVERY_WORKER: optional.pipe(z.enum(["true", "false"]).optional()),
    RESEND_API_KEY: optional,
    RESEND_BASE_URL: optional.pipe(z.url().optional()),
    // Replies by email (FU8): Resend's webhook signing secret (whsec_…) and the receiving domain of the
    // follow-ups' reply-to addresses (reply+<token>@INBOUND_EMAIL_DOMAIN).
    RESEND_WEBHOOK_SECRET: optional,
    INBOUND_EMAIL_DOMAIN: z.string().default("reply.localhost"),
    // Web push (VAPID). Unset: generated on first start and stored encrypted in the database (app_secrets).
    VAPID_PUBLIC_KEY: optional,
    VAPID_PRIVATE_KEY: optional,
    VAPID_SUBJECT: optional.pipe(
      z
        .string()
        .regex(/^(mailto:|https:\/\/)/, "must be a mailto: or https:// URL")
        .optional(),
    ),
    // Visitor mobile push (FU3): the FCM HTTP v1 origin (default https://fcm.googleapis.com) and the APNs origin
    // (default Apple's, production or development by the device token's environment). `npm run dev` points both
    // at the local push sandbox when unset. The credentials themselves are per workspace (Settings → Follow-ups).
    FCM_API_URL: optional.pipe(
      z.url({ protocol: /^https?$/, message: "must be an http(s):// URL" }).optional(),
    ),
    APNS_API_URL: optional.pipe(
      z.url({ protocol: /^https?$/, message: "must be an http(s):// URL" }).optional(),
    ),
    // "local": run the built-in realtime server (lib/realtime/local-server); production needs it said.
    REALTIME: optional.pipe(z.enum(["local"], "must be local, or unset").optional()),
    PUSHER_APP_ID: optional,
    PUSHER_KEY: optional,
    PUSHER_SECRET: optional,
    PUSHER_CLUSTER: optional,
    PUSHER_HOST: optional,
    PUSHER_PORT: optional.pipe(
      z.string().regex(/^\d+$/, "must be a port number").transform(Number).optional(),
    ),
    SLACK_CLIENT_ID: optional,
    SLACK_CLIENT_SECRET: optional,
    SLACK_SIGNING_SECRET: optional,
    // Slack's Web API base (default https://slack.com/api/): GovSlack, a proxy, or the local sandbox.
    SLACK_API_URL: optional.pipe(
      z.url({ protocol: /^https?$/, message: "must be an http(s):// URL" }).optional(),
    ),
    // Texts (FU4, FU5, FU8): the account, and an SMS sender (a number, E.164, or a Messaging Service MG…).
    TWILIO_ACCOUNT_SID: optional.pipe(z.string().startsWith("AC", "must start with AC").optional()),
    TWILIO_AUTH_TOKEN: optional,
    TWILIO_FROM: optional.pipe(
      z
        .string()
        .regex(
          /^(\+[1-9]\d{6,14}|(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11})$/,
          "must be an E.164 number or an alphanumeric sender ID (up to 11 letters and digits)",
        )
        .optional(),
    ),
    TWILIO_MESSAGING_SERVICE_SID: optional.pipe(z.string().startsWith("MG", "must start with MG").optional()),
    // The WhatsApp sender (E.164, with or without `whatsapp:`); unset: no WhatsApp, texts go by SMS.
    TWILIO_WHATSAPP_FROM: optional.pipe(
      z
        .string()
        .regex(/^(whatsapp:)?\+[1-9]\d{6,14}$/, "must be an E.164 number")
        .optional(),
    ),
    // Twilio's API origin (default https://api.twilio.com): a proxy, or the local sandbox and the tests.
    TWILIO_API_URL: optional.pipe(
      z.url({ protocol: /^https?$/, message: "must be an http(s):// URL" }).optional(),
    ),
    // The HubSpot API origin (default https://api.hubapi.com). `npm run dev` points it at the local sandbox.
    // Salesforce connected app / External Client App (OAuth web-server flow). SALESFORCE_LOGIN_URL: default
    // https://login.salesforce.com; https://test.salesforce.com for sandboxes, or a My Domain. `npm run dev`
    // starts a sandbox Salesforce and sets all three when they are unset.
    SALESFORCE_CLIENT_ID: optional,
    SALESFORCE_CLIENT_SECRET: optional,
    SALESFORCE_LOGIN_URL: optional.pipe(
      z.url({ protocol: /^https?$/, message: "must be an http(s):// URL" }).optional(),
    ),
    // Pardot (Account Engagement) API host: default https://pi.pardot.com; https://pi.demo.pardot.com for
    // developer orgs and sandboxes.
    PARDOT_API_URL: optional.pipe(
      z.url({ protocol: /^https?$/, message: "must be an http(s):// URL" }).optional(),
    ),
    HUBSPOT_API_URL: optional.pipe(
      z.url({ protocol: /^https?$/, message: "must be an http(s):// URL" }).optional(),
    ),
    // HubSpot OAuth (a public app; callback APP_URL/api/integrations/hubspot/callback). Unset: admins paste a
    // private-app / service key token. HUBSPOT_AUTHORIZE_URL: the consent page's host (default
    // https://app.hubspot.com). `npm run dev` sets all three to the sandbox when they are unset.
    HUBSPOT_CLIENT_ID: optional,
    HUBSPOT_CLIENT_SECRET: optional,
    HUBSPOT_AUTHORIZE_URL: optional.pipe(
      z.url({ protocol: /^https?$/, message: "must be an http(s):// URL" }).optional(),
    ),
    // The SMS wallet's card and top-ups (FU7). Unset: no auto-charge; admins add credit by hand.
    STRIPE_SECRET_KEY: optional,
    // Stripe's API origin (default https://api.stripe.com): a proxy, or the local sandbox `npm run dev` starts.
    STRIPE_API_URL: optional.pipe(
      z.url({ protocol: /^https?$/, message: "must be an http(s):// URL" }).optional(),
    ),
  })
  .superRefine((env, ctx) => {
    // A provider is either fully configured or in capture mode: half a configuration is a mistake.
    const groups: Record<string, (keyof typeof env)[]> = {
      Pusher: ["PUSHER_APP_ID", "PUSHER_KEY", "PUSHER_SECRET"],
      Slack: ["SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_SIGNING_SECRET"],
      Twilio: ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"],
      Salesforce: ["SALESFORCE_CLIENT_ID", "SALESFORCE_CLIENT_SECRET"],
      HubSpot: ["HUBSPOT_CLIENT_ID", "HUBSPOT_CLIENT_SECRET"],
      "web push": ["VAPID_PUBLIC_KEY", "VAPID_PRIVATE_KEY", "VAPID_SUBJECT"],
    };
    for (const [provider, keys] of Object.entries(groups)) {
      const set = keys.filter((k) => env[k] !== undefined);
      if (set.length > 0 && set.length < keys.length) {
        for (const k of keys.filter((k) => env[k] === undefined)) {
          ctx.addIssue({
            code: "custom",
            path: [k],
            message: `is required when ${set.join(", ")} is set (${provider})`,
          });
        }
      }
    }
    if (env.TWILIO_ACCOUNT_SID && !env.TWILIO_FROM && !env.TWILIO_MESSAGING_SERVICE_SID) {
      ctx.addIssue({
        code: "custom",
        path: ["TWILIO_FROM"],
        message:
          "or TWILIO_MESSAGING_SERVICE_SID is required when TWILIO_ACCOUNT_SID is set (the SMS sender)",
      });
    }
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "is required in production (signs sessions; generate one with `openssl rand -base64 32`)",
      });
    }
    if (env.NODE_ENV === "production" && !env.APP_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["APP_URL"],
        message: "is required in production (the public URL every emailed link is built from)",
      });
    }
    // Vercel runs functions without a disk or a long-lived process: PGlite and the local realtime server
    // cannot work there.
    if (env.VERCEL && !env.DATABASE_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_URL"],
        message: "is required on Vercel (PGlite needs a disk): set it to a Neon or Vercel Postgres URL",
      });
    }
    for (const issue of productionRealtimeIssues(env)) ctx.addIssue({ code: "custom", ...issue });
    if (env.NODE_ENV === "production" && !env.ENCRYPTION_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["ENCRYPTION_KEY"],
        message: "is required in production (encrypts stored secrets; `openssl rand -base64 32`)",
      });
    }
  });

export type Env = z.infer<typeof schema> & {
  AUTH_SECRET: string;
  ENCRYPTION_KEY: string;
  APP_URL: string;
  DELIVERY_WORKER: "true" | "false";
};

export class EnvError extends Error {}

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")} ${i.message}`);
    throw new EnvError(`Herald cannot start: invalid configuration\n${lines.join("\n")}`);
  }
  const env = result.data;
  return {
    ...env,
    AUTH_SECRET: env.AUTH_SECRET ?? readOrCreateLocalSecret("auth-secret"),
    ENCRYPTION_KEY: env.ENCRYPTION_KEY ?? readOrCreateLocalSecret("encryption-key", 32, "base64"),
    APP_URL: env.APP_URL ?? "http://localhost:3000",
    DELIVERY_WORKER: env.DELIVERY_WORKER ?? (env.VERCEL ? "false" : "true"),
  };
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export const captureMode = {
  email: () => !env().RESEND_API_KEY,
};

// Email sign-in (magic links, "Forgot password?") needs a way to reach the person: in production without an
// email provider it is hidden, since a captured link must never be printed to a production log.
export const emailSignInAvailable = () => env().NODE_ENV !== "production" || !captureMode.email();
