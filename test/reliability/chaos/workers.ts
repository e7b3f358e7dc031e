// The chaos run's worker processes: started as real children (tsx), killed with SIGKILL, replaced.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../../..");
const script = path.join(import.meta.dirname, "worker-process.ts");

export interface WorkerPool {
  kill: (random: () => number) => Promise<void>; // SIGKILL one at random, start another in its place
  stop: () => Promise<void>;
  size: number;
}

function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    child.once("message", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`chaos worker exited (${code}) before starting`)));
  });
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once("exit", () => resolve()));

export async function startWorkers(count: number, env: Record<string, string>): Promise<WorkerPool> {
  const started = await Promise.allSettled(Array.from({ length: count }, () => startWorker(env)));
  const live = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  const failed = started.find((s) => s.status === "rejected");
  if (failed) {
    for (const child of live) child.kill("SIGKILL"); // none left behind to keep the test process alive
    throw failed.reason;
  }
  return {
    size: count,
    async kill(random) {
      const index = Math.floor(random() * live.length);
      const victim = live[index];
      victim.kill("SIGKILL");
      await exited(victim);
      live[index] = await startWorker(env);
    },
    async stop() {
      await Promise.all(
        live.map(async (child) => {
          child.kill("SIGTERM");
          const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
          await exited(child);
          clearTimeout(timer);
        }),
      );
    },
  };
}
