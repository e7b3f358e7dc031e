// The chaos run's worker: a real child process running Herald's supervised delivery worker (pg-boss on
// PostgreSQL, the real dispatcher) with the real channel adapters pointed at the faulty provider fakes.
// The chaos test kills it with SIGKILL at random moments and starts another.
//   tsx test/reliability/chaos/worker-process.ts   (DATABASE_URL, CHAOS_RESEND_URL set by the test)
import { Agent } from "node:https";
import { Resend } from "resend";
import { connect } from "@/db/client";
import { channelRegistry } from "@/lib/channels";
import { browserAdapter } from "@/lib/channels/browser";
import { emailAdapter } from "@/lib/channels/email";
import { inAppAdapter } from "@/lib/channels/in-app";
import { webPushAdapter } from "@/lib/channels/web-push";
import { resendSender } from "@/lib/integrations/resend/client";
import { startProcessWorker, stopProcessWorker } from "@/lib/jobs/delivery-worker-process";

const databaseUrl = process.env.DATABASE_URL;
const resendUrl = process.env.CHAOS_RESEND_URL;
if (!databaseUrl || !resendUrl) throw new Error("DATABASE_URL and CHAOS_RESEND_URL are required");

const conn = connect(databaseUrl);
// No realtime server in this run: in-app's row is the notification (a failed publish does not fail it).
const publishNowhere = async () => ({ ok: true });
const registry = channelRegistry({
  overrides: {
    email: emailAdapter(
      resendSender(new Resend("re_chaos", { baseUrl: resendUrl }), "Herald <h@example.test>"),
    ),
    // The fake push service has a self-signed certificate; 1 s is this run's push timeout.
    web_push: webPushAdapter({ agent: new Agent({ rejectUnauthorized: false }), timeoutMs: 1_000 }),
    in_app: inAppAdapter(publishNowhere),
    browser: browserAdapter(publishNowhere),
  },
});

// As instrumentation.ts does: a first start that fails is retried by the supervisor, the process stays up.
await startProcessWorker(conn, registry, { backoffMs: () => 200 }).catch((error: Error) =>
  console.error(`[chaos worker] first start failed (retrying): ${error.message}`),
);
process.send?.("started");
process.on("SIGTERM", async () => {
  await stopProcessWorker();
  await conn.close();
  process.exit(0);
});
