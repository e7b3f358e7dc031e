// A workspace's connected Slack: its stored (encrypted) token opened into a client. The one place the app goes
// from "this workspace" to "a WebClient on its bot token".
import type { WebClient } from "@slack/web-api";
import type { Db } from "@/db/client";
import { findSlackIntegration } from "@/db/queries/slack";
import type { SlackIntegrationRow } from "@/db/schema";
import { decryptSecret } from "@/lib/crypto";
import { type SlackClientOptions, slackClient } from "./client";

export interface SlackConnection {
  integration: SlackIntegrationRow;
  client: WebClient;
}

export async function slackConnectionOf(
  db: Db,
  workspaceId: string,
  options: SlackClientOptions = {},
): Promise<SlackConnection | null> {
  const integration = await findSlackIntegration(db, workspaceId);
  if (integration?.status !== "connected") return null;
  return { integration, client: slackClient(decryptSecret(integration.botToken), options) };
}

export const signingSecretOf = (integration: SlackIntegrationRow) => decryptSecret(integration.signingSecret);
