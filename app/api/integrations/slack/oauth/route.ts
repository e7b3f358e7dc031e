// GET /api/integrations/slack/oauth — Slack sends the admin back here (Allow or Cancel): check the state, exchange
// the code, return to Settings → Integrations saying what happened.
import { cookies } from "next/headers";
import { getDb } from "@/db/client";
import { currentMember } from "@/lib/auth/member";
import { hasRole } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { AppError, toResponse } from "@/lib/errors";
import { SLACK_OAUTH_PATH } from "@/lib/integrations/slack/manifest";
import { finishSlackInstall, SLACK_OAUTH_COOKIE, slackOAuthApp } from "@/lib/integrations/slack/oauth";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const member = await currentMember();
    if (!member || !hasRole(member.role, "admin"))
      throw new AppError("FORBIDDEN", "Only admins can connect Slack");
    const app = slackOAuthApp();
    if (!app) throw new AppError("NOT_FOUND", "Add to Slack is not configured");
    const params = new URL(request.url).searchParams;
    const jar = await cookies();
    const cookie = jar.get(SLACK_OAUTH_COOKIE)?.value;
    jar.delete({ name: SLACK_OAUTH_COOKIE, path: SLACK_OAUTH_PATH });
    const result = await finishSlackInstall(getDb(), member, app, {
      code: params.get("code"),
      state: params.get("state"),
      error: params.get("error"),
      cookie,
    });
    const back = new URL("/settings/integrations", env().APP_URL);
    if (result.ok) back.searchParams.set("slack", "connected");
    else {
      back.searchParams.set("slack_error", result.error);
      if (result.slackCode) back.searchParams.set("slack_code", result.slackCode);
    }
    return Response.redirect(back, 303);
  } catch (error) {
    return toResponse(error);
  }
}
