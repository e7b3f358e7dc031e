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
    // The app still serves; deliveries stay pending until a worker or the cron route sends them.
    (error: Error) => console.error(`Herald: the delivery worker did not start: ${error.message}`),
  );
}
