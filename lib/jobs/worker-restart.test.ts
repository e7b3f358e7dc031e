// Issue 9 "A worker that fails to start never restarts": a failed start (the database briefly down at boot) or
// a crash is followed by another start, with backoff, and the process's worker is the one that came up.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Connection } from "@/db/client";
import type { ChannelRegistry } from "@/lib/channels/types";
import { startProcessWorker, stopProcessWorker, wakeProcessWorker } from "./delivery-worker-process";
import type { DeliveryWorker } from "./worker";

const conn = {} as Connection;
const registry = {} as ChannelRegistry;
const fakeWorker = () =>
  ({ wakeAt: vi.fn(async () => {}), stop: vi.fn(async () => {}) }) satisfies DeliveryWorker;
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

afterEach(() => stopProcessWorker());

describe("A worker that fails to start never restarts", () => {
  it("restarts with backoff after a failed start", async () => {
    const worker = fakeWorker();
    const start = vi
      .fn()
      .mockRejectedValueOnce(new Error("connect ECONNREFUSED 127.0.0.1:5432"))
      .mockRejectedValueOnce(new Error("connect ECONNREFUSED 127.0.0.1:5432"))
      .mockResolvedValue(worker);
    const delays: number[] = [];
    await startProcessWorker(conn, registry, {
      start,
      backoffMs: (n) => {
        delays.push(n);
        return 1;
      },
    }).catch(() => {});
    await vi.waitFor(() => expect(start).toHaveBeenCalledTimes(3));
    expect(delays).toEqual([1, 2]);
    await settle();
    const at = new Date();
    await wakeProcessWorker(at);
    // The restarted worker sweeps at once (what waited during the outage), then gets the wake-up.
    expect(worker.wakeAt).toHaveBeenCalledWith(at);
  });

  it("restarts after a crash", async () => {
    const first = fakeWorker();
    const second = fakeWorker();
    let crash: (error: Error) => void = () => {};
    const start = vi.fn(async (_c: Connection, _r: ChannelRegistry, onCrash?: (e: Error) => void) => {
      crash = onCrash ?? crash;
      return start.mock.calls.length === 1 ? first : second;
    });
    await startProcessWorker(conn, registry, { start, backoffMs: () => 1 });
    crash(new Error("pg-boss stopped"));
    await vi.waitFor(() => expect(start).toHaveBeenCalledTimes(2));
    await settle();
    const at = new Date();
    await wakeProcessWorker(at);
    expect(second.wakeAt).toHaveBeenCalledWith(at);
    expect(first.wakeAt).not.toHaveBeenCalledWith(at);
  });
});
