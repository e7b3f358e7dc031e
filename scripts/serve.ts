// `npm run dev` / `npm start`: prepare the database, start the local realtime server when no PUSHER_* is set,
// then run `next dev|start` with any extra arguments (e.g. `npm start -- --port 3100`).
import "./load-env";
import { spawn } from "node:child_process";
import path from "node:path";
import { env } from "@/lib/env";
import { startSlackSandbox } from "@/lib/integrations/slack/sandbox/server";
import { isLocalRealtime } from "@/lib/realtime/config";
import { superviseProcess } from "@/lib/realtime/local-server/supervisor";
import { exitOnConfigError, prepare } from "./prepare";

const [mode, ...nextArgs] = process.argv.slice(2);
if (mode !== "dev" && mode !== "start") {
  console.error("usage: tsx scripts/serve.ts dev|start [next options]");
  process.exit(2);
}

await prepare().catch(exitOnConfigError);

// The local realtime server runs in its own process, supervised: if it ever stops, it is started again
// with a back-off while Next keeps serving (lib/realtime/local-server/supervisor.ts).
// It posts its channel-existence webhooks (visitor presence) to this Next server over loopback.
const webhookUrl = `http://127.0.0.1:${nextPort(nextArgs)}/api/realtime/webhooks`;
const realtime = isLocalRealtime(env())
  ? superviseProcess({
      start: () =>
        spawn(process.execPath, [...process.execArgv, path.join(import.meta.dirname, "realtime-server.ts")], {
          stdio: "inherit",
          env: { ...process.env, HERALD_REALTIME_WEBHOOK_URL: webhookUrl },
        }),
    })
  : undefined;

// No Slack app configured in development: a local Slack sandbox stands in, reached by the real WebClient
// (SLACK_API_URL), and sending its signed Events to this server (lib/integrations/slack/sandbox).
const slackSandbox =
  mode === "dev" && !env().SLACK_CLIENT_ID && !env().SLACK_API_URL
    ? await startSlackSandbox({
        eventsUrl: `http://127.0.0.1:${nextPort(nextArgs)}/api/webhooks/slack/events`,
      })
    : undefined;
if (slackSandbox) console.log(`Slack sandbox: ${slackSandbox.url} (Settings → Integrations → Slack)`);

// Telemetry would try the network; Herald runs offline by default. peer-address.cjs gives per-IP limits the
// socket address (lib/http/client-ip.ts).
const peerAddress = `--require "${path.join(import.meta.dirname, "peer-address.cjs")}"`;
const next = spawn("next", [mode, ...nextArgs], {
  stdio: "inherit",
  env: {
    NEXT_TELEMETRY_DISABLED: "1",
    ...process.env,
    NODE_OPTIONS: [process.env.NODE_OPTIONS, peerAddress].filter(Boolean).join(" "),
    ...(slackSandbox ? { SLACK_API_URL: slackSandbox.url, HERALD_SLACK_SANDBOX: "1" } : {}),
  },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    realtime?.stop(); // first, so the supervisor does not restart a server stopped on purpose
    next.kill(signal);
  });
}
next.on("exit", async (code, signal) => {
  await realtime?.stop();
  await slackSandbox?.close();
  process.exit(code ?? (signal ? 1 : 0));
});

// The port `next dev|start` will listen on: --port/-p, else PORT, else Next's default.
function nextPort(args: string[]): string {
  const i = args.findIndex((a) => a === "--port" || a === "-p");
  const inline = args.find((a) => a.startsWith("--port="))?.slice("--port=".length);
  return (i >= 0 ? args[i + 1] : inline) ?? process.env.PORT ?? "3000";
}
