// The sandbox's bot token and signing secret, offered on the Slack card while `npm run dev` runs the sandbox
// (scripts/serve.ts sets HERALD_SLACK_SANDBOX); never in production.
import { env } from "@/lib/env";
import { sandboxSecrets } from "./workspace";

export function sandboxCredentials(): typeof sandboxSecrets | null {
  if (env().NODE_ENV === "production" || process.env.HERALD_SLACK_SANDBOX !== "1") return null;
  return sandboxSecrets;
}
