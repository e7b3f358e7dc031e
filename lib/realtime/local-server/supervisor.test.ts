// The local realtime server is supervised: a child that stops is started again, with a growing back-off.
import { spawn } from "node:child_process";
import { expect, it } from "vitest";
import { superviseProcess } from "./supervisor";

it("restarts a child that stops, with a doubling back-off, and stops restarting once stopped", async () => {
  const starts: number[] = [];
  const log: string[] = [];
  const supervisor = superviseProcess({
    start: () => {
      starts.push(Date.now());
      // Exits at once on the first two runs, then stays up.
      const lives = starts.length > 2 ? "setTimeout(() => {}, 60000)" : "process.exit(3)";
      return spawn(process.execPath, ["-e", lives], { stdio: "ignore" });
    },
    log: (line) => log.push(line),
    minDelayMs: 100,
  });
  while (starts.length < 3) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 100));
  expect(supervisor.status()).toMatchObject({ running: true, restarts: 2 });
  expect(log[0]).toMatch(/stopped \(code 3\); restarting in 100 ms/);
  expect(log[1]).toMatch(/restarting in 200 ms/);
  // The second wait is the doubled one (exit + spawn time come on top of each delay).
  expect(starts[2] - starts[1]).toBeGreaterThanOrEqual(200);
  await supervisor.stop();
  expect(supervisor.status().running).toBe(false);
  await new Promise((r) => setTimeout(r, 300));
  expect(starts).toHaveLength(3);
}, 15_000);
