// Worker health reads the supervisor's status: restarting after a failed start (with the error), running again
// after a restart, with the restarts counted.
import { describe, expect, it, vi } from "vitest";
import { supervise } from "./supervise";

describe("supervisor status (worker health)", () => {
  it("reports restarting with the last error, then running with the restarts counted", async () => {
    const worker = { stop: vi.fn(async () => {}) };
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const start = vi
      .fn()
      .mockRejectedValueOnce(new Error("connect ECONNREFUSED 127.0.0.1:5432"))
      .mockImplementation(async () => {
        await gate;
        return worker;
      });
    const supervised = supervise({ name: "worker", start, backoffMs: () => 1 });
    await supervised.first.catch(() => {});
    expect(supervised.status()).toMatchObject({
      state: "restarting",
      restarts: 0,
      lastError: { message: "connect ECONNREFUSED 127.0.0.1:5432" },
      runningSince: null,
    });
    await vi.waitFor(() => expect(start).toHaveBeenCalledTimes(2));
    release();
    await vi.waitFor(() => expect(supervised.status().state).toBe("running"));
    expect(supervised.status()).toMatchObject({ restarts: 1, runningSince: expect.any(Date) });
    await supervised.stop();
    expect(supervised.status().state).toBe("stopped");
  });
});
