// The local realtime server's process (a child of `npm start`) and its resident memory, from /proc.
import { readdirSync, readFileSync } from "node:fs";

export function rssBytes(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS:"));
  return Number(line?.match(/\d+/)?.[0] ?? Number.NaN) * 1024;
}

export function findRealtimePid(realtimePort: number): number | undefined {
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      const environ = readFileSync(`/proc/${pid}/environ`, "utf8");
      if (cmd.includes("realtime-server.ts") && environ.includes(`PUSHER_PORT=${realtimePort}\0`))
        return Number(pid);
    } catch {}
  }
  return undefined;
}
