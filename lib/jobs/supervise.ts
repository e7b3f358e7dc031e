// Keeps one long-lived thing running: started again with backoff after a failed start (the database briefly
// down at boot) or a crash, instead of keeping the first rejected start forever.
export interface SuperviseOptions<W> {
  start: (onCrash: (error: Error) => void) => Promise<W>;
  backoffMs?: (failures: number) => number;
  onStarted?: (w: W) => Promise<void> | void; // e.g. sweep at once: what waited while it was down
  name: string;
}

export interface Supervised<W> {
  first: Promise<W>; // the first start (rejected if it failed: restarts go on regardless)
  current(): W | null;
  status(): SupervisorStatus;
  stop(): Promise<void>;
}

// What worker health shows (lib/jobs/health.ts): is it up, how often it had to be started again, and why.
export interface SupervisorStatus {
  state: "starting" | "running" | "restarting" | "stopped";
  restarts: number; // starts after the first: each follows a failed start or a crash
  lastError: { message: string; at: Date } | null;
  runningSince: Date | null;
}

// 1 s, 2 s, 4 s … a minute at most: quick after a blip, gentle on a database that stays down.
export const defaultBackoffMs = (failures: number) => Math.min(1_000 * 2 ** (failures - 1), 60_000);

export function supervise<W extends { stop(): Promise<void> }>(o: SuperviseOptions<W>): Supervised<W> {
  let current: W | null = null;
  let stopped = false;
  let failures = 0;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const backoff = o.backoffMs ?? defaultBackoffMs;
  const status: SupervisorStatus = { state: "starting", restarts: 0, lastError: null, runningSince: null };

  const restartLater = (error: unknown) => {
    if (stopped) return;
    failures++;
    const delay = backoff(failures);
    const message = error instanceof Error ? error.message : String(error);
    Object.assign(status, {
      state: "restarting",
      lastError: { message, at: new Date() },
      runningSince: null,
    });
    console.error(`[${o.name}] ${message}; starting again in ${delay} ms`);
    timer = setTimeout(() => void run().catch(() => {}), delay);
    timer.unref?.();
  };

  const run = async (): Promise<W> => {
    const mine = ++generation;
    if (mine > 1) status.restarts++;
    const onCrash = (error: Error) => {
      if (mine !== generation || stopped) return; // an older instance, or a stop we asked for
      current = null;
      restartLater(error);
    };
    try {
      const w = await o.start(onCrash);
      if (stopped) {
        await w.stop();
        throw new Error(`${o.name} stopped while starting`);
      }
      current = w;
      failures = 0;
      Object.assign(status, { state: "running", runningSince: new Date() });
      await o.onStarted?.(w);
      return w;
    } catch (error) {
      restartLater(error);
      throw error;
    }
  };

  const first = run();
  first.catch(() => {}); // reported through restartLater; the caller may not await it
  return {
    first,
    current: () => current,
    status: () => ({ ...status }),
    stop: async () => {
      stopped = true;
      Object.assign(status, { state: "stopped", runningSince: null });
      clearTimeout(timer);
      await current?.stop();
      current = null;
    },
  };
}
