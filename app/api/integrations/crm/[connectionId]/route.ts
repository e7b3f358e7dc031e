// GET /api/integrations/crm/:connectionId — the connection's sync progress and last result (admins), polled
// by Settings → Integrations so the progress bar survives a reload.
import { z } from "zod";
import { getDb } from "@/db/client";
import { findCrmConnectionById } from "@/db/queries/crm-connections";
import { currentMember } from "@/lib/auth/member";
import { hasRole } from "@/lib/auth/roles";
import { crmConnectionView } from "@/lib/crm/view";
import { AppError, toResponse } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, ctx: RouteContext<"/api/integrations/crm/[connectionId]">) {
  try {
    const member = await currentMember();
    if (!member) throw new AppError("UNAUTHORIZED", "Sign in first");
    if (!hasRole(member.role, "admin")) throw new AppError("FORBIDDEN", "Only admins can see integrations");
    const id = z.uuid().safeParse((await ctx.params).connectionId);
    if (!id.success)
      throw new AppError("BAD_REQUEST", "connectionId must be a UUID", { connectionId: "Not a UUID" });
    const connection = await findCrmConnectionById(getDb(), member.workspaceId, id.data);
    if (!connection) throw new AppError("NOT_FOUND", "No such integration");
    return Response.json(crmConnectionView(connection));
  } catch (error) {
    return toResponse(error);
  }
}
