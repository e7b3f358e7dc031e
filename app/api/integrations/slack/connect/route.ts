// GET /api/integrations/slack/connect — admins: "Add to Slack", off to Slack's authorize page with a fresh state.
import { cookies } from "next/headers";
import { getDb } from "@/db/client";
import { currentMember } from "@/lib/auth/member";
import { hasRole } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { AppError, toResponse } from "@/lib/errors";
import { SLACK_OAUTH_PATH } from "@/lib/integrations/slack/manifest";
import {
  beginSlackInstall,
  SLACK_OAUTH_COOKIE,
  SLACK_OAUTH_STATE_TTL_MS,
  slackOAuthApp,
} from "@/lib/integrations/slack/oauth";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    const member = await currentMember();
    if (!member || !hasRole(member.role, "admin"))
      throw new AppError("FORBIDDEN", "Only admins can connect Slack");
    const app = slackOAuthApp();
    if (!app)
      throw new AppError("NOT_FOUND", "Add to Slack needs SLACK_CLIENT_ID, SECRET and SIGNING_SECRET");
    const { url, state } = await beginSlackInstall(getDb(), member, app);
    (await cookies()).set(SLACK_OAUTH_COOKIE, state, {
      httpOnly: true,
      sameSite: "lax",
      secure: env().APP_URL.startsWith("https:"),
      path: SLACK_OAUTH_PATH,
      maxAge: SLACK_OAUTH_STATE_TTL_MS / 1000,
    });
    return Response.redirect(url, 302);
  } catch (error) {
    return toResponse(error);
  }
}
