import { describe, expect, it } from "vitest";
import { createTypingSignal, type TypingClock } from "./typing";

// A hand-driven clock: timers fire when the test advances time past them.
function fakeClock() {
  let now = 0;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 1;
  const clock: TypingClock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    const due = timers.filter((t) => t.at <= now);
    timers = timers.filter((t) => t.at > now);
    for (const t of due) t.fn();
  };
  return { clock, advance };
}

describe("createTypingSignal", () => {
  it("sends typing:true once per throttle window while the visitor types", () => {
    const { clock, advance } = fakeClock();
    const sent: boolean[] = [];
    const signal = createTypingSignal((t) => sent.push(t), { clock });
    for (let i = 0; i < 10; i++) {
      signal.input();
      advance(250);
    }
    expect(sent).toEqual([true, true]); // at 0 ms and at 2,000 ms
  });

  it("sends typing:false after 3 s without input", () => {
    const { clock, advance } = fakeClock();
    const sent: boolean[] = [];
    const signal = createTypingSignal((t) => sent.push(t), { clock });
    signal.input();
    advance(2999);
    expect(sent).toEqual([true]);
    advance(1);
    expect(sent).toEqual([true, false]);
    advance(10_000);
    expect(sent).toEqual([true, false]);
  });

  it("sends typing:false at once on stop, and nothing if the visitor was not typing", () => {
    const { clock, advance } = fakeClock();
    const sent: boolean[] = [];
    const signal = createTypingSignal((t) => sent.push(t), { clock });
    signal.stop();
    expect(sent).toEqual([]);
    signal.input();
    signal.stop();
    expect(sent).toEqual([true, false]);
    advance(5000);
    expect(sent).toEqual([true, false]);
  });

  it("starts a new typing run right after a stop", () => {
    const { clock } = fakeClock();
    const sent: boolean[] = [];
    const signal = createTypingSignal((t) => sent.push(t), { clock });
    signal.input();
    signal.stop();
    signal.input();
    expect(sent).toEqual([true, false, true]);
  });
});
