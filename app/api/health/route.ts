// GET /api/health — is this instance able to serve: 200 when realtime answers, 503 otherwise (no secrets)
import { realtimeHealth } from "@/lib/realtime/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const realtime = await realtimeHealth();
  return Response.json({ ok: realtime.ok, realtime }, { status: realtime.ok ? 200 : 503 });
}
