// GET /api/integrations/salesforce/connect — admins: start the Salesforce OAuth web-server flow (PKCE).
import { cookies } from "next/headers";
import { currentMember } from "@/lib/auth/member";
import { hasRole } from "@/lib/auth/roles";
import { beginSalesforceConnect, SALESFORCE_OAUTH_COOKIE } from "@/lib/crm/salesforce-connect";
import { env } from "@/lib/env";
import { AppError, toResponse } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    const member = await currentMember();
    if (!member || !hasRole(member.role, "admin"))
      throw new AppError("FORBIDDEN", "Only admins can connect a CRM");
    const { url, cookie } = beginSalesforceConnect();
    (await cookies()).set(SALESFORCE_OAUTH_COOKIE, cookie, {
      httpOnly: true,
      sameSite: "lax",
      secure: env().APP_URL.startsWith("https:"),
      path: "/api/integrations/salesforce",
      maxAge: 600,
    });
    return Response.redirect(url, 302);
  } catch (error) {
    return toResponse(error);
  }
}
