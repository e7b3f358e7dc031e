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
    APP_URL: z.url().default("http://localhost:3000"),
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
    // Behind a proxy that sets X-Forwarded-For itself (nginx, a load balancer); Vercel is detected.
    TRUST_PROXY: z
      .enum(["true", "false", "1", "0", ""])
      .default("false")
      .transform((v) => v === "true" || v === "1"),
    VERCEL: optional,
    // Vercel Cron sends it as `Authorization: Bearer …` to /api/cron/*; unset, the cron routes are open.
    CRON_SECRET: optional,
    // Set to "false" to run no delivery worker in the Next server (e.g. Vercel, where Cron calls the route).
    DELIVERY_WORKER: z.enum(["true", "false"]).default("true"),
    RESEND_API_KEY: optional,
    RESEND_BASE_URL: optional.pipe(z.url().optional()),
    // Web push (VAPID). Unset: generated on first start and stored encrypted in the database (app_secrets).
    VAPID_PUBLIC_KEY: optional,
    VAPID_PRIVATE_KEY: optional,
    VAPID_SUBJECT: optional.pipe(
      z
        .string()
        .regex(/^(mailto:|https:\/\/)/, "must be a mailto: or https:// URL")
        .optional(),
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
    TWILIO_ACCOUNT_SID: optional.pipe(z.string().startsWith("AC", "must start with AC").optional()),
    TWILIO_AUTH_TOKEN: optional,
    TWILIO_FROM: optional,
  })
  .superRefine((env, ctx) => {
    // A provider is either fully configured or in capture mode: half a configuration is a mistake.
    const groups: Record<string, (keyof typeof env)[]> = {
      Pusher: ["PUSHER_APP_ID", "PUSHER_KEY", "PUSHER_SECRET"],
      Slack: ["SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_SIGNING_SECRET"],
      Twilio: ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM"],
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
    if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "is required in production (signs sessions; generate one with `openssl rand -base64 32`)",
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

export type Env = z.infer<typeof schema> & { AUTH_SECRET: string; ENCRYPTION_KEY: string };

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
