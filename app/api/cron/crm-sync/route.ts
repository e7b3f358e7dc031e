// GET /api/cron/crm-sync — Vercel Cron, nightly: sync every connected CRM (incremental; a full sweep weekly).
import { getDb } from "@/db/client";
import { syncAllCrmConnections } from "@/lib/crm/start";
import { toResponse } from "@/lib/errors";
import { assertCronRequest } from "@/lib/http/cron-auth";

export const dynamic = "force-dynamic";
// A large CRM takes minutes: 300 s, within every Vercel plan (a larger CRM: self-host, where pg-boss runs it).
export const maxDuration = 300;

export async function GET(request: Request): Promise<Response> {
  try {
    assertCronRequest(request);
    const results = await syncAllCrmConnections(getDb());
    return Response.json({
      synced: results.map((r) => ({
        connectionId: r.connectionId,
        ok: r.ok,
        kind: r.kind,
        accounts: r.accounts,
      })),
    });
  } catch (error) {
    return toResponse(error);
  }
}
