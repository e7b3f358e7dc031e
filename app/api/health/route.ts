// GET /api/health — is this instance able to serve: 200 when realtime answers, 503 otherwise (no secrets). It also
// says whether the outbox is swept; operators sending the cron secret get the backlog and errors too.
import { getDb } from "@/db/client";
import { isCronRequest } from "@/lib/http/cron-auth";
import { processWorkerStatus } from "@/lib/jobs/delivery-worker-process";
import { operatorWorkerHealth, publicWorkerHealth, workerHealth } from "@/lib/jobs/health";
import { realtimeHealth } from "@/lib/realtime/health";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const now = new Date();
  const [realtime, worker] = await Promise.all([
    realtimeHealth(),
    workerHealth(getDb(), { now, worker: processWorkerStatus() }).catch(() => null),
  ]);
  const shown = worker && (isCronRequest(request) ? operatorWorkerHealth : publicWorkerHealth)(worker, now);
  // A slow outbox does not take the instance out of a load balancer: the worker is reported, not a 503.
  return Response.json(
    { ok: realtime.ok, realtime, worker: shown ?? { state: "unknown" } },
    { status: realtime.ok ? 200 : 503 },
  );
}
