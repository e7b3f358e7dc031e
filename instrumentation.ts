// Next calls register() once per server process. The delivery worker starts here, inside the Next server,
// rather than in scripts/serve.ts: the embedded PGlite database can be opened by one process only, so the
// worker must share the server's connection (db/client.ts). On Postgres it would work either way.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  if (env().DELIVERY_WORKER !== "true") return;
  const { startProcessWorker } = await import("@/lib/jobs/delivery-worker-process");
  await startProcessWorker().then(
    () => console.log("Herald: delivery worker started (pg-boss, in this server process)"),
    // The app still serves; the worker is started again with backoff, and nothing due is lost meanwhile.
    (error: Error) => console.error(`Herald: the delivery worker did not start (retrying): ${error.message}`),
  );
}
