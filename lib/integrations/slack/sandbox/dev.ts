// The Slack sandbox for `npm run dev` (and e2e with SLACK_SANDBOX=1) when no Slack app is configured: Next is
// handed its Web API URL and its OAuth app (client id, secret, signing secret), so "Add to Slack" goes through the
// sandbox's Allow page and "Connect with a bot token" takes its token.
import { sandboxOAuthApp } from "./oauth";
import { startSlackSandbox } from "./server";
import { sandboxSecrets } from "./workspace";

export function wantsSlackSandbox(mode: "dev" | "start", env: NodeJS.ProcessEnv): boolean {
  if (env.SLACK_CLIENT_ID || env.SLACK_API_URL) return false;
  return mode === "dev" || env.SLACK_SANDBOX === "1";
}

// `heraldOrigin`: where the sandbox posts its Events and interactivity payloads (Next over loopback).
export async function startDevSlackSandbox(env: NodeJS.ProcessEnv, heraldOrigin: string) {
  const sandbox = await startSlackSandbox({
    port: Number(env.SLACK_SANDBOX_PORT ?? 0),
    eventsUrl: `${heraldOrigin}/api/webhooks/slack/events`,
    interactivityUrl: `${heraldOrigin}/api/webhooks/slack/interactivity`,
  });
  const nextEnv = {
    SLACK_API_URL: sandbox.url,
    HERALD_SLACK_SANDBOX: "1",
    SLACK_CLIENT_ID: sandboxOAuthApp.clientId,
    SLACK_CLIENT_SECRET: sandboxOAuthApp.clientSecret,
    SLACK_SIGNING_SECRET: sandboxSecrets.signingSecret,
  };
  return { sandbox, nextEnv };
}
