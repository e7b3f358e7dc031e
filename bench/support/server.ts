// Runs the real app for a benchmark: `next build` output (built first if missing), then `npm start`'s
// path (prepare, local realtime server, next start) on free loopback ports with a throwaway PGlite dir.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

export interface AppServer {
  origin: string;
  realtimePort: number;
  stop: () => Promise<void>;
}

// demo: seed the demo workspace first (the benches measure it); false: the empty first-run install.
// host: the APP_URL host. Auth.js pages need "localhost": Next rewrites 127.0.0.1 to localhost in request
// URLs, so an APP_URL on 127.0.0.1 never matches the origin Auth.js sees.
export async function startApp(
  extraEnv: Record<string, string> = {},
  { demo = true, host = "127.0.0.1" }: { demo?: boolean; host?: "127.0.0.1" | "localhost" } = {},
): Promise<AppServer> {
  // Production refuses to run without these; throwaway values for a throwaway database.
  const secrets = {
    AUTH_SECRET: randomBytes(32).toString("base64"),
    ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  };
  const bin = path.join(root, "node_modules/.bin");
  const baseEnv = {
    ...process.env,
    ...secrets,
    NEXT_TELEMETRY_DISABLED: "1",
    PATH: `${bin}:${process.env.PATH}`,
  };
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) {
    console.error("bench: no .next build, running next build…");
    execFileSync(path.join(bin, "next"), ["build"], { cwd: root, env: baseEnv, stdio: ["ignore", 2, 2] });
  }
  const dir = mkdtempSync(path.join(tmpdir(), "herald-bench-"));
  const [port, realtimePort] = [await freePort(), await freePort()];
  const appEnv: NodeJS.ProcessEnv = {
    ...baseEnv,
    NODE_ENV: "production",
    PGLITE_DIR: path.join(dir, "pglite"),
    HERALD_DATA_DIR: path.join(dir, "data"),
    // Production runs the built-in realtime server only when told so.
    REALTIME: "local",
    PUSHER_PORT: String(realtimePort),
    APP_URL: `http://${host}:${port}`,
    ...extraEnv,
  };
  // A production start seeds nothing (first run is /setup).
  if (demo) {
    execFileSync(process.execPath, ["--import", "tsx", "scripts/seed.ts", "--demo"], {
      cwd: root,
      env: appEnv,
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/serve.ts", "start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: root,
      // Its own process group: next start leaves next-server alive if only the parent is killed.
      detached: true,
      stdio: ["ignore", "ignore", "inherit"],
      env: appEnv,
    },
  );
  const stop = async () => {
    if (child.pid && child.exitCode === null) {
      process.kill(-child.pid, "SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 500));
      if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const origin = `http://${host}:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const up = await fetch(`${origin}/api/widget/session`, { method: "OPTIONS" }).catch(() => null);
    if (up?.status === 204) return { origin, realtimePort, stop };
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await stop();
  throw new Error("bench: the app did not start within 90 s");
}
