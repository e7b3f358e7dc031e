// GET /api/cron/sms-credit — Vercel Cron, on the 1st: the monthly SMS credit to every paid workspace (FU7).
import { getDb } from "@/db/client";
import { grantMonthlyCredits } from "@/lib/billing/credits";
import { toResponse } from "@/lib/errors";
import { assertCronRequest } from "@/lib/http/cron-auth";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    assertCronRequest(request);
    return Response.json(await grantMonthlyCredits(getDb()));
  } catch (error) {
    return toResponse(error);
  }
}
