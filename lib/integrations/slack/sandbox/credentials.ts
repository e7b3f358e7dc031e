// The sandbox's bot token and signing secret, offered on the Slack card while `npm run dev` runs the sandbox
// (scripts/serve.ts sets HERALD_SLACK_SANDBOX); in a production build only with SLACK_SANDBOX=1 (e2e).
import { env } from "@/lib/env";
import { sandboxSecrets } from "./workspace";

export interface SandboxCredentials {
  botToken: string;
  signingSecret: string;
  pageUrl: string; // the sandbox's page: its channels and threads, replying as a Slack user
}

export function sandboxCredentials(): SandboxCredentials | null {
  const apiUrl = env().SLACK_API_URL;
  // A production build offers it only when asked to run the sandbox (SLACK_SANDBOX=1: the e2e run).
  const allowed = env().NODE_ENV !== "production" || process.env.SLACK_SANDBOX === "1";
  if (!allowed || process.env.HERALD_SLACK_SANDBOX !== "1" || !apiUrl) return null;
  return { ...sandboxSecrets, pageUrl: apiUrl.replace(/\/api\/?$/, "/") };
}
