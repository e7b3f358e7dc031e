// GET /api/integrations/salesforce/callback — Salesforce sends the admin back here with a code: exchange it,
// store the connection, return to Settings → Integrations.
import { cookies } from "next/headers";
import { getDb } from "@/db/client";
import { currentMember } from "@/lib/auth/member";
import { hasRole } from "@/lib/auth/roles";
import { finishSalesforceConnect, SALESFORCE_OAUTH_COOKIE } from "@/lib/crm/salesforce-connect";
import { env } from "@/lib/env";
import { AppError, toResponse } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const member = await currentMember();
    if (!member || !hasRole(member.role, "admin"))
      throw new AppError("FORBIDDEN", "Only admins can connect a CRM");
    const params = new URL(request.url).searchParams;
    const jar = await cookies();
    const cookie = jar.get(SALESFORCE_OAUTH_COOKIE)?.value;
    jar.delete({ name: SALESFORCE_OAUTH_COOKIE, path: "/api/integrations/salesforce" });
    await finishSalesforceConnect(getDb(), member.workspaceId, {
      code: params.get("code"),
      state: params.get("state"),
      error: params.get("error"),
      cookie,
    });
    return Response.redirect(new URL("/settings/integrations", env().APP_URL), 303);
  } catch (error) {
    return toResponse(error);
  }
}
