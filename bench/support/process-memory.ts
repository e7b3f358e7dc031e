// The app's processes (children of `npm start`), their resident memory and CPU time, from /proc.
import { readdirSync, readFileSync } from "node:fs";

export function rssBytes(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmRSS:"));
  return Number(line?.match(/\d+/)?.[0] ?? Number.NaN) * 1024;
}

// CPU seconds (user + system) the process has used so far.
export function cpuSeconds(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ is 100 on Linux
}

// The process of this app (found by its PUSHER_PORT) whose command line includes `command`.
export function findAppPid(realtimePort: number, command: string): number | undefined {
  for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      const environ = readFileSync(`/proc/${pid}/environ`, "utf8");
      if (cmd.includes(command) && environ.includes(`PUSHER_PORT=${realtimePort}\0`)) return Number(pid);
    } catch {}
  }
  return undefined;
}

export const findRealtimePid = (realtimePort: number) => findAppPid(realtimePort, "realtime-server.ts");
