// Worker health's states (issue 9, deliverable 2), from the facts: this process's worker, the last sweep, the
// backlog. And the words Settings → Deliveries shows for each.
import { describe, expect, it } from "vitest";
import { type HealthFacts, healthState, type WorkerHealth } from "./health";
import { healthWords } from "./health-words";
import type { SupervisorStatus } from "./supervise";

const now = new Date("2026-12-01T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const running: SupervisorStatus = {
  state: "running",
  restarts: 0,
  lastError: null,
  runningSince: ago(3_600_000),
};
const facts = (over: Partial<HealthFacts>): HealthFacts => ({
  now,
  worker: null,
  lastSweepAt: ago(30_000),
  backlog: { due: 0, oldestDueAt: null },
  ...over,
});

describe("worker health", () => {
  it("ok: swept within three minutes and keeping up", () => {
    expect(healthState(facts({}))).toBe("ok");
    expect(healthState(facts({ backlog: { due: 3, oldestDueAt: ago(20_000) } }))).toBe("ok");
    // A worker running in this process counts as sweeping even before its first sweep finished.
    expect(healthState(facts({ worker: running, lastSweepAt: null }))).toBe("ok");
  });

  it("idle (the empty state): never swept and nothing due", () => {
    expect(healthState(facts({ lastSweepAt: null }))).toBe("idle");
  });

  it("not running: no sweep for over three minutes, or never with deliveries due", () => {
    expect(healthState(facts({ lastSweepAt: ago(3 * 60_000 + 1) }))).toBe("not_running");
    expect(healthState(facts({ lastSweepAt: null, backlog: { due: 1, oldestDueAt: ago(1_000) } }))).toBe(
      "not_running",
    );
  });

  it("behind: sweeping, but a due delivery has waited over five minutes", () => {
    expect(healthState(facts({ backlog: { due: 900, oldestDueAt: ago(5 * 60_000 + 1) } }))).toBe("behind");
  });

  it("restarting: this process's worker is down and being started again", () => {
    const down: SupervisorStatus = {
      state: "restarting",
      restarts: 2,
      lastError: { message: "connect ECONNREFUSED 127.0.0.1:5432", at: ago(2_000) },
      runningSince: null,
    };
    expect(healthState(facts({ worker: down }))).toBe("restarting");
    const h: WorkerHealth = { ...facts({ worker: down }), state: "restarting", lastSweepError: null };
    expect(healthWords(h, now)).toMatchObject({ title: "Worker restarting", tone: "error" });
    expect(healthWords(h, now).detail).toMatch(/ECONNREFUSED.*2 restarts/);
  });

  it("says what is wrong and where to look when the worker is not running", () => {
    const h: WorkerHealth = {
      ...facts({ lastSweepAt: ago(20 * 60_000), backlog: { due: 4, oldestDueAt: ago(15 * 60_000) } }),
      state: "not_running",
      lastSweepError: null,
    };
    const words = healthWords(h, now);
    expect(words.title).toBe("Worker not running");
    expect(words.detail).toMatch(/last sweep finished 20 min ago.*4 deliveries are due.*15 min ago/i);
    expect(words.detail).toMatch(/\/api\/cron\/deliveries/);
  });
});
