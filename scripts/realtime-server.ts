// Runs the local Pusher-protocol server on its own: `npx tsx scripts/realtime-server.ts`.
// PUSHER_APP_ID/KEY/SECRET/HOST/PORT override the local defaults (lib/realtime/config.ts).
import "./load-env";
import { LOCAL_REALTIME_DEFAULTS } from "@/lib/realtime/config";
import { startLocalRealtimeServer } from "@/lib/realtime/local-server/server";

const d = LOCAL_REALTIME_DEFAULTS;
const port = Number(process.env.PUSHER_PORT || d.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PUSHER_PORT must be a port number, got ${process.env.PUSHER_PORT}`);
  process.exit(1);
}

const server = await startLocalRealtimeServer({
  appId: process.env.PUSHER_APP_ID || d.appId,
  key: process.env.PUSHER_KEY || d.key,
  secret: process.env.PUSHER_SECRET || d.secret,
  host: process.env.PUSHER_HOST || d.host,
  port,
});
console.log(
  `Herald realtime: Pusher protocol 7 server on ${server.url} (WebSocket ws://${server.host}:${server.port}/app/<key>)`,
);

// Close cleanly so the port is released at once when restarted.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close().then(() => process.exit(0));
  });
}
