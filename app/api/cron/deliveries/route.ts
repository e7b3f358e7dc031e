// GET /api/cron/deliveries — Vercel Cron: fire due SLA alerts, send every due delivery (delayed steps, retries)
import { timingSafeEqual } from "node:crypto";
import { getDb } from "@/db/client";
import { channelRegistry } from "@/lib/channels";
import { env } from "@/lib/env";
import { AppError, toResponse } from "@/lib/errors";
import { sweepOutbox } from "@/lib/jobs/sweep";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    const secret = env().CRON_SECRET;
    // Open without a secret only in development: in production anyone could make it send.
    if (secret ? !isBearer(request.headers.get("authorization"), secret) : env().NODE_ENV === "production") {
      throw new AppError("UNAUTHORIZED", "A valid cron secret is required (set CRON_SECRET)");
    }
    const report = await sweepOutbox(getDb(), channelRegistry()); // SL2 alerts, then every due delivery
    return Response.json(report.dispatch.counts);
  } catch (error) {
    return toResponse(error);
  }
}

function isBearer(header: string | null, secret: string): boolean {
  const given = Buffer.from(header ?? "");
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
