// Connecting a workspace to Slack with a bot token + signing secret (validated with auth.test, stored encrypted),
// and mapping its members to Slack users by email (users.lookupByEmail); manual mappings are kept.
import type { Db } from "@/db/client";
import { listMembers } from "@/db/queries/members";
import { listSlackUserMappings, saveSlackIntegration, saveSlackUserMapping } from "@/db/queries/slack";
import { encryptSecret } from "@/lib/crypto";
import { type SlackClientOptions, slackClient, slackFailureOf } from "./client";
import { slackConnectionOf } from "./connection";
import { forgetSlackDirectory } from "./settings";

export type ConnectResult = { ok: true; teamName: string; mapped: number } | { ok: false; error: string };

export async function connectSlackWithToken(
  db: Db,
  workspaceId: string,
  input: { botToken: string; signingSecret: string },
  options: SlackClientOptions = {},
): Promise<ConnectResult> {
  const client = slackClient(input.botToken, options);
  try {
    const auth = await client.auth.test();
    if (!auth.team_id || !auth.user_id)
      return { ok: false, error: "Slack did not name the team or the bot user" };
    const teamName = auth.team ?? auth.team_id;
    await saveSlackIntegration(db, {
      workspaceId,
      teamId: auth.team_id,
      teamName,
      botUserId: auth.user_id,
      botToken: encryptSecret(input.botToken),
      signingSecret: encryptSecret(input.signingSecret),
    });
    forgetSlackDirectory(workspaceId);
    const mapped = await mapSlackUsersByEmail(db, workspaceId, options);
    return { ok: true, teamName, mapped };
  } catch (error) {
    return { ok: false, error: `Slack refused the token: ${slackFailureOf(error).code}` };
  }
}

// Every member without a manual mapping is looked up by email; those Slack does not know stay unmapped.
export async function mapSlackUsersByEmail(db: Db, workspaceId: string, options: SlackClientOptions = {}) {
  const slack = await slackConnectionOf(db, workspaceId, options);
  if (!slack) return 0;
  const manual = new Set(
    (await listSlackUserMappings(db, workspaceId)).filter((m) => m.source === "manual").map((m) => m.userId),
  );
  let mapped = 0;
  for (const member of await listMembers(db, workspaceId)) {
    if (manual.has(member.userId)) continue;
    const found = await slack.client.users.lookupByEmail({ email: member.email }).catch(() => null);
    if (!found?.user?.id) continue;
    await saveSlackUserMapping(db, workspaceId, member.userId, found.user.id, "email");
    mapped++;
  }
  return mapped;
}
