// Keeps the local realtime server running: it runs as a child process of `npm run dev|start`
// (scripts/serve.ts), and when it stops for any reason it is started again after a back-off that doubles
// from minDelayMs to maxDelayMs, reset once a run has lasted stableMs. Every exit and restart is logged.
import type { ChildProcess } from "node:child_process";

export type SupervisorOptions = {
  start: () => ChildProcess;
  log?: (line: string) => void;
  minDelayMs?: number;
  maxDelayMs?: number;
  stableMs?: number;
};

export type SupervisorStatus = { running: boolean; restarts: number; lastExit: string | null };

export function superviseProcess(options: SupervisorOptions) {
  const { start, log = console.log, minDelayMs = 500, maxDelayMs = 30_000, stableMs = 60_000 } = options;
  const status: SupervisorStatus = { running: false, restarts: 0, lastExit: null };
  let child: ChildProcess | undefined;
  let stopped = false;
  let delay = minDelayMs;
  let timer: NodeJS.Timeout | undefined;

  const run = () => {
    const startedAt = Date.now();
    child = start();
    status.running = true;
    child.once("exit", (code, signal) => {
      status.running = false;
      status.lastExit = `${new Date().toISOString()} ${signal ?? `code ${code}`}`;
      if (stopped) return;
      if (Date.now() - startedAt >= stableMs) delay = minDelayMs;
      log(
        `Herald: the local realtime server stopped (${signal ?? `code ${code}`}); restarting in ${delay} ms`,
      );
      timer = setTimeout(() => {
        status.restarts++;
        run();
      }, delay);
      delay = Math.min(delay * 2, maxDelayMs);
    });
  };
  run();

  return {
    status: () => ({ ...status }),
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(timer);
      const current = child;
      if (!current || current.exitCode !== null || current.signalCode !== null) return;
      await new Promise<void>((resolve) => {
        current.once("exit", () => resolve());
        current.kill("SIGTERM");
      });
    },
  };
}
