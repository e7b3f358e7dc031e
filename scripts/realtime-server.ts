// Runs the local Pusher-protocol server: as the supervised child of `npm run dev|start` (scripts/serve.ts),
// or on its own with `npx tsx scripts/realtime-server.ts`. Its key and secret are derived from AUTH_SECRET
// (lib/realtime/config.ts), so Next, which derives the same, can sign for it; PUSHER_HOST/PORT place it.
import "./load-env";
import { env } from "@/lib/env";
import { localRealtimeAddress } from "@/lib/realtime/config";
import { startLocalRealtimeServer } from "@/lib/realtime/local-server/server";

const address = localRealtimeAddress(env());
const server = await startLocalRealtimeServer({
  ...address,
  // A client silent for 20 s is pinged and closed 20 s later if it does not answer, so a tab that died
  // without a goodbye (crash, lost network) vacates its channels within ~45 s (issue 14: within 60 s).
  activityTimeoutSeconds: 20,
  webhookUrl: process.env.HERALD_REALTIME_WEBHOOK_URL || undefined,
}).catch((error: NodeJS.ErrnoException) => {
  const hint = error.code === "EADDRINUSE" ? " (is another Herald running? set PUSHER_PORT)" : "";
  console.error(
    `Herald: the local realtime server could not listen on port ${address.port}${hint}: ${error.message}`,
  );
  process.exit(1);
});
console.log(`Herald: local realtime server on ws://${server.host}:${server.port} (Pusher protocol 7)`);

// Close cleanly so the port is released at once when restarted.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close().then(() => process.exit(0));
  });
}
