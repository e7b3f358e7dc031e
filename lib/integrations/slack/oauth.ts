// "Add to Slack" (OAuth v2, PROVIDERS.md §1.1): an admin is sent to Slack's authorize page with a state bound to
// their session (stored hashed with their user id, and set in their browser's cookie; single use, 10 minutes),
// and comes back with a code exchanged through `oauth.v2.access` at SLACK_API_URL. The bot token is stored
// encrypted with the app's signing secret, then members are mapped by email as with a pasted token.
import type { Db } from "@/db/client";
import { saveSlackIntegration, saveSlackOAuthState, takeSlackOAuthState } from "@/db/queries/slack";
import { hashOneTimeToken, newOneTimeToken } from "@/lib/auth/one-time-token";
import { encryptSecret } from "@/lib/crypto";
import { env } from "@/lib/env";
import { type SlackClientOptions, slackClient, slackFailureOf } from "./client";
import { mapSlackUsersByEmail } from "./connect";
import { SLACK_OAUTH_PATH, slackBotScopes } from "./manifest";
import { forgetSlackDirectory } from "./settings";

export const SLACK_OAUTH_COOKIE = "herald-slack-oauth";
export const SLACK_OAUTH_STATE_TTL_MS = 10 * 60_000;

export interface SlackOAuthApp {
  clientId: string;
  clientSecret: string;
  signingSecret: string;
}

// lib/env.ts already refuses half a configuration: all three or none.
export function slackOAuthApp(): SlackOAuthApp | null {
  const { SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_SIGNING_SECRET } = env();
  if (!SLACK_CLIENT_ID || !SLACK_CLIENT_SECRET || !SLACK_SIGNING_SECRET) return null;
  return {
    clientId: SLACK_CLIENT_ID,
    clientSecret: SLACK_CLIENT_SECRET,
    signingSecret: SLACK_SIGNING_SECRET,
  };
}

const redirectUri = () => new URL(SLACK_OAUTH_PATH, env().APP_URL).toString();

// Slack's authorize page sits beside its Web API: https://slack.com/api/ → https://slack.com/oauth/v2/authorize
// (GovSlack and the sandbox alike).
function authorizePageOf(apiUrl: string | undefined) {
  const base = apiUrl ?? "https://slack.com/api/";
  return new URL("../oauth/v2/authorize", base.endsWith("/") ? base : `${base}/`);
}

export async function beginSlackInstall(
  db: Db,
  admin: { workspaceId: string; userId: string },
  app: SlackOAuthApp,
  options: { apiUrl?: string; now?: Date } = {},
): Promise<{ url: string; state: string }> {
  const now = options.now ?? new Date();
  const { token: state, hash } = newOneTimeToken();
  await saveSlackOAuthState(db, {
    stateHash: hash,
    workspaceId: admin.workspaceId,
    userId: admin.userId,
    expiresAt: new Date(now.getTime() + SLACK_OAUTH_STATE_TTL_MS),
  });
  const url = authorizePageOf(options.apiUrl ?? env().SLACK_API_URL);
  url.search = new URLSearchParams({
    client_id: app.clientId,
    scope: slackBotScopes.join(","),
    user_scope: "",
    redirect_uri: redirectUri(),
    state,
  }).toString();
  return { url: url.toString(), state };
}

// What the admin is told back on Settings → Integrations (never Slack's raw text in the URL).
export type SlackInstallError = "denied" | "bad_state" | "expired" | "refused";
export type SlackInstallResult =
  | { ok: true; teamName: string; mapped: number }
  | { ok: false; error: SlackInstallError; slackCode?: string };

export async function finishSlackInstall(
  db: Db,
  admin: { workspaceId: string; userId: string },
  app: SlackOAuthApp,
  p: { code: string | null; state: string | null; error: string | null; cookie: string | undefined },
  options: SlackClientOptions & { now?: Date } = {},
): Promise<SlackInstallResult> {
  const now = options.now ?? new Date();
  // The state is taken first, whatever Slack answered: a state is good for one return only.
  const taken = p.state ? await takeSlackOAuthState(db, hashOneTimeToken(p.state)) : undefined;
  const ours =
    taken && p.cookie === p.state && taken.userId === admin.userId && taken.workspaceId === admin.workspaceId;
  if (!ours) return { ok: false, error: "bad_state" };
  if (taken.expiresAt.getTime() < now.getTime()) return { ok: false, error: "expired" };
  if (p.error) return { ok: false, error: "denied" };
  if (!p.code) return { ok: false, error: "refused", slackCode: "missing_code" };
  try {
    const access = await slackClient(undefined, options).oauth.v2.access({
      client_id: app.clientId,
      client_secret: app.clientSecret,
      code: p.code,
      redirect_uri: redirectUri(),
    });
    if (!access.access_token || !access.team?.id || !access.bot_user_id)
      return { ok: false, error: "refused", slackCode: "no_bot_token" };
    const teamName = access.team.name ?? access.team.id;
    await saveSlackIntegration(db, {
      workspaceId: admin.workspaceId,
      teamId: access.team.id,
      teamName,
      botUserId: access.bot_user_id,
      botToken: encryptSecret(access.access_token),
      signingSecret: encryptSecret(app.signingSecret),
    });
    forgetSlackDirectory(admin.workspaceId);
    const mapped = await mapSlackUsersByEmail(db, admin.workspaceId, options);
    return { ok: true, teamName, mapped };
  } catch (error) {
    return { ok: false, error: "refused", slackCode: slackFailureOf(error).code };
  }
}
