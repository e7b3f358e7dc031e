// Whether realtime works, for GET /api/health: the local server is asked (it answers GET /health, unsigned);
// Pusher Channels is not probed on every health check (its own status page covers it).
import { env } from "@/lib/env";
import { isLocalRealtime, localRealtimeAddress } from "./config";

export type RealtimeHealth = { mode: "local"; ok: boolean } | { mode: "pusher"; ok: true };

export async function realtimeHealth(timeoutMs = 1000): Promise<RealtimeHealth> {
  const config = env();
  if (!isLocalRealtime(config)) return { mode: "pusher", ok: true };
  const { host, port } = localRealtimeAddress(config);
  try {
    const res = await fetch(`http://${host}:${port}/health`, { signal: AbortSignal.timeout(timeoutMs) });
    return { mode: "local", ok: res.ok };
  } catch {
    return { mode: "local", ok: false };
  }
}
