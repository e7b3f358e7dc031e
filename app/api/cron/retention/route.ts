// GET /api/cron/retention — Vercel Cron, daily: delete what each workspace's retention settings no longer keep.
import { connection } from "@/db/client";
import { toResponse } from "@/lib/errors";
import { assertCronRequest } from "@/lib/http/cron-auth";
import { runRetention } from "@/lib/retention/run";

export const dynamic = "force-dynamic";
// Batches of 1,000 rows: a large backlog (the first run on an old install) takes minutes.
export const maxDuration = 300;

export async function GET(request: Request): Promise<Response> {
  try {
    assertCronRequest(request);
    const report = await runRetention(connection());
    return Response.json(report);
  } catch (error) {
    return toResponse(error);
  }
}
