// `npm run dev` / `npm start`: prepare the database, start the local realtime server when no PUSHER_* is set,
// then run `next dev|start` with any extra arguments (e.g. `npm start -- --port 3100`).
import "./load-env";
import { spawn } from "node:child_process";
import path from "node:path";
import { env } from "@/lib/env";
import { startDevHubSpotSandbox, wantsHubSpotSandbox } from "@/lib/integrations/hubspot/sandbox/dev";
import { startPushSandbox } from "@/lib/integrations/push-sandbox";
import { startResendSandbox } from "@/lib/integrations/resend/sandbox";
import { generateWebhookSecret } from "@/lib/integrations/resend/webhook-signature";
import { startDevSalesforceSandbox, wantsSalesforceSandbox } from "@/lib/integrations/salesforce/sandbox/dev";
import { startDevSlackSandbox, wantsSlackSandbox } from "@/lib/integrations/slack/sandbox/dev";
import { startStripeSandbox } from "@/lib/integrations/stripe/sandbox/server";
import { SANDBOX_SECRET_KEY } from "@/lib/integrations/stripe/sandbox/store";
import { inboundWebhookUrl } from "@/lib/integrations/twilio/client";
import { startTwilioSandbox } from "@/lib/integrations/twilio/sandbox";
import { wantsTextSandbox } from "@/lib/integrations/twilio/sandbox-url";
import { isLocalRealtime } from "@/lib/realtime/config";
import { superviseProcess } from "@/lib/realtime/local-server/supervisor";
import { exitOnConfigError, prepare } from "./prepare";

const [mode, ...nextArgs] = process.argv.slice(2);
if (mode !== "dev" && mode !== "start") {
  console.error("usage: tsx scripts/serve.ts dev|start [next options]");
  process.exit(2);
}

await prepare().catch(exitOnConfigError);

// The local realtime server runs in its own process, supervised: if it ever stops, it is started again
// with a back-off while Next keeps serving (lib/realtime/local-server/supervisor.ts).
// It posts its channel-existence webhooks (visitor presence) to this Next server over loopback.
const webhookUrl = `http://127.0.0.1:${nextPort(nextArgs)}/api/realtime/webhooks`;
const realtime = isLocalRealtime(env())
  ? superviseProcess({
      start: () =>
        spawn(process.execPath, [...process.execArgv, path.join(import.meta.dirname, "realtime-server.ts")], {
          stdio: "inherit",
          env: { ...process.env, HERALD_REALTIME_WEBHOOK_URL: webhookUrl },
        }),
    })
  : undefined;

// A local HubSpot to connect to (OAuth, or the token pat-sandbox-herald) when no real one is configured.
let hubspot: Awaited<ReturnType<typeof startDevHubSpotSandbox>> | undefined;
if (wantsHubSpotSandbox(mode, process.env)) {
  hubspot = await startDevHubSpotSandbox(process.env, Number(process.env.HUBSPOT_SANDBOX_PORT ?? 0));
  console.log(
    `Herald: sandbox HubSpot on ${hubspot.url} (Connect with OAuth, or the token pat-sandbox-herald; change owners at ${hubspot.url}/)`,
  );
}

let salesforce: Awaited<ReturnType<typeof startDevSalesforceSandbox>> | undefined;
if (wantsSalesforceSandbox(mode, process.env)) {
  salesforce = await startDevSalesforceSandbox(process.env);
  console.log(
    `Herald: sandbox Salesforce on ${salesforce.url} (Settings → Integrations → Connect Salesforce)`,
  );
}
// Development without a Resend account: a local mailbox speaking Resend's API (lib/integrations/resend/sandbox.ts).
// Herald sends to it through the real SDK; Settings → Follow-ups → "Open the sandbox mailbox" shows what it got
// and replies as a visitor would, through a webhook signed with a secret made up for this run.
const mailbox =
  mode === "dev" && !env().RESEND_API_KEY && process.env.HERALD_MAIL_SANDBOX !== "false"
    ? await startMailSandbox(`http://127.0.0.1:${nextPort(nextArgs)}/api/webhooks/resend`)
    : {};
// No push provider origin set in development: a local FCM and APNs on one simulated phone
// (lib/integrations/push-sandbox.ts). Settings → Follow-ups saves their credentials; "Open the sandbox phone".
const pushSandbox =
  mode === "dev" && !env().FCM_API_URL && !env().APNS_API_URL && process.env.HERALD_PUSH_SANDBOX !== "false"
    ? await startPushSandbox()
    : undefined;
if (pushSandbox)
  console.log(
    `[push] no FCM_API_URL / APNS_API_URL: FCM ${pushSandbox.fcm.url}, APNs ${pushSandbox.apns.url} (sandbox)`,
  );
// No Slack app configured in development: a local Slack sandbox stands in, reached by the real WebClient
// (SLACK_API_URL), with its OAuth app for "Add to Slack", and sending its signed Events and interactivity
// payloads to this server (lib/integrations/slack/sandbox). e2e asks for it with SLACK_SANDBOX=1.
const slackSandbox = wantsSlackSandbox(mode, process.env)
  ? await startDevSlackSandbox(process.env, `http://127.0.0.1:${nextPort(nextArgs)}`)
  : undefined;
if (slackSandbox) console.log(`Slack sandbox: ${slackSandbox.sandbox.url} (Settings → Integrations → Slack)`);
// No Twilio account: a local Twilio (lib/integrations/twilio/sandbox.ts) reached by the real SDK (TWILIO_API_URL).
// Its webhooks are signed for APP_URL, as Twilio's are, and posted to this server over loopback, as a proxy would.
const texts = wantsTextSandbox(mode, process.env) ? await startTextSandbox(nextPort(nextArgs)) : undefined;

// No Stripe account in development: a local Stripe (Checkout with test cards, the PaymentIntents of top-ups),
// reached by the real `stripe` SDK (lib/integrations/stripe/sandbox). STRIPE_SANDBOX=1 asks for it under
// `npm start` too (the e2e tests).
const stripeSandbox =
  !env().STRIPE_SECRET_KEY && (mode === "dev" || process.env.STRIPE_SANDBOX === "1")
    ? await startStripeSandbox()
    : undefined;
if (stripeSandbox) console.log(`Stripe sandbox: ${stripeSandbox.url} (Settings → Billing → Save a card)`);

// Telemetry would try the network; Herald runs offline by default. peer-address.cjs gives per-IP limits the
// socket address (lib/http/client-ip.ts).
const peerAddress = `--require "${path.join(import.meta.dirname, "peer-address.cjs")}"`;
const next = spawn("next", [mode, ...nextArgs], {
  stdio: "inherit",
  env: {
    NEXT_TELEMETRY_DISABLED: "1",
    ...process.env,
    ...mailbox,
    NODE_OPTIONS: [process.env.NODE_OPTIONS, peerAddress].filter(Boolean).join(" "),
    ...slackSandbox?.nextEnv,
    ...(stripeSandbox
      ? {
          STRIPE_SECRET_KEY: SANDBOX_SECRET_KEY,
          STRIPE_API_URL: stripeSandbox.url,
          HERALD_STRIPE_SANDBOX_URL: stripeSandbox.url,
        }
      : {}),
    ...texts?.env,
    ...(pushSandbox
      ? {
          FCM_API_URL: pushSandbox.fcm.url,
          APNS_API_URL: pushSandbox.apns.url,
          HERALD_PUSH_SANDBOX_URL: pushSandbox.fcm.url,
        }
      : {}),
  },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    realtime?.stop(); // first, so the supervisor does not restart a server stopped on purpose
    next.kill(signal);
  });
}
next.on("exit", async (code, signal) => {
  await realtime?.stop();
  await hubspot?.close();
  await salesforce?.close();
  await slackSandbox?.sandbox.close();
  await stripeSandbox?.close();
  await texts?.sandbox.close();
  await pushSandbox?.close();
  process.exit(code ?? (signal ? 1 : 0));
});

async function startMailSandbox(webhookUrl: string): Promise<Record<string, string>> {
  const webhookSecret = generateWebhookSecret();
  const sandbox = await startResendSandbox({ webhookUrl: () => webhookUrl, webhookSecret });
  console.log(`[mail] no RESEND_API_KEY: emails go to the sandbox mailbox at ${sandbox.url}`);
  return {
    RESEND_API_KEY: "re_sandbox",
    RESEND_BASE_URL: sandbox.url,
    RESEND_WEBHOOK_SECRET: webhookSecret,
    HERALD_MAIL_SANDBOX_URL: sandbox.url,
  };
}

async function startTextSandbox(port: string) {
  const loopback = (url: string) => {
    const u = new URL(url);
    return `http://127.0.0.1:${port}${u.pathname}${u.search}`;
  };
  const sandbox = await startTwilioSandbox({
    inboundUrl: () => inboundWebhookUrl(env().APP_URL),
    deliverWebhook: async (url, headers, body) =>
      (await fetch(loopback(url), { method: "POST", headers, body })).status,
  });
  console.log(
    `[texts] no TWILIO_ACCOUNT_SID: texts go to the sandbox phone at ${sandbox.url} (Settings → Follow-ups)`,
  );
  const textEnv = {
    TWILIO_ACCOUNT_SID: sandbox.accountSid,
    TWILIO_AUTH_TOKEN: sandbox.authToken,
    TWILIO_FROM: "+15005550006",
    TWILIO_WHATSAPP_FROM: "whatsapp:+14155238886",
    TWILIO_API_URL: sandbox.url,
    HERALD_TEXT_SANDBOX_URL: sandbox.url,
  };
  return { sandbox, env: textEnv };
}

// The port `next dev|start` will listen on: --port/-p, else PORT, else Next's default.
function nextPort(args: string[]): string {
  const i = args.findIndex((a) => a === "--port" || a === "-p");
  const inline = args.find((a) => a.startsWith("--port="))?.slice("--port=".length);
  return (i >= 0 ? args[i + 1] : inline) ?? process.env.PORT ?? "3000";
}
