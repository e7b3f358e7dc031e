// The visitor's typing signal: typing:true at most once per throttle window while they type, typing:false
// after a pause (or at once when they send).
export interface TypingClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface TypingSignal {
  input(): void; // the visitor changed the text
  stop(): void; // sent, or the text was cleared
}

const browserClock: TypingClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createTypingSignal(
  send: (typing: boolean) => void,
  { throttleMs = 2000, idleMs = 3000, clock = browserClock } = {},
): TypingSignal {
  let typing = false;
  let lastSent = Number.NEGATIVE_INFINITY;
  let idle: unknown;

  const stop = () => {
    clock.clearTimeout(idle);
    idle = undefined;
    if (!typing) return;
    typing = false;
    lastSent = Number.NEGATIVE_INFINITY;
    send(false);
  };

  const input = () => {
    const now = clock.now();
    if (!typing || now - lastSent >= throttleMs) {
      typing = true;
      lastSent = now;
      send(true);
    }
    clock.clearTimeout(idle);
    idle = clock.setTimeout(stop, idleMs);
  };

  return { input, stop };
}
