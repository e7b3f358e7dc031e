// GET /api/cron/deliveries — Vercel Cron: fire due SLA alerts, send every due delivery (delayed steps, retries)
import { getDb } from "@/db/client";
import { channelRegistry } from "@/lib/channels";
import { toResponse } from "@/lib/errors";
import { assertCronRequest } from "@/lib/http/cron-auth";
import { sweepOutbox } from "@/lib/jobs/sweep";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    assertCronRequest(request);
    const report = await sweepOutbox(getDb(), channelRegistry()); // SL2 alerts, then every due delivery
    return Response.json(report.dispatch.counts);
  } catch (error) {
    return toResponse(error);
  }
}
