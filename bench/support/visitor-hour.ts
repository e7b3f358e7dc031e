// Requests a visitor's page makes in an hour, counted by running the loader's own presence state machine
// (widget/presence.ts) in virtual time: setTimeout/clearTimeout are swapped for a virtual clock while a
// scripted hour of browsing plays. Per page load the loader also sends a session and a page view, and the
// pagehide beacon when it goes; those are counted apart from the presence reports.
import { presenceTracker } from "../../widget/presence";

type Step = { at: number; act: "input" | "hide" | "show" | "navigate" };

type Clock = { advanceTo: (ms: number) => void; unload: () => void };

function withVirtualTime<T>(run: (clock: Clock) => T): T {
  const realSet = globalThis.setTimeout;
  const realClear = globalThis.clearTimeout;
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  globalThis.setTimeout = ((fn: () => void, ms = 0) => {
    const id = nextId++;
    timers.set(id, { at: now + ms, fn });
    return id;
  }) as unknown as typeof setTimeout;
  globalThis.clearTimeout = ((id: number) => timers.delete(id)) as typeof clearTimeout;
  const advanceTo = (ms: number) => {
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= ms).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].fn();
    }
    now = ms;
  };
  try {
    return run({ advanceTo, unload: () => timers.clear() }); // a page that goes takes its timers along
  } finally {
    globalThis.setTimeout = realSet;
    globalThis.clearTimeout = realClear;
  }
}

export function requestsInAnHour(steps: Step[]) {
  return withVirtualTime(({ advanceTo, unload }) => {
    const counts = { presence_reports: 0, leave_beacons: 0, page_loads: 1 };
    let hidden = false;
    let tracker = presenceTracker(() => counts.presence_reports++, hidden);
    tracker.pageview();
    for (const step of [...steps].sort((a, b) => a.at - b.at)) {
      advanceTo(step.at);
      if (step.act === "input") tracker.input();
      else if (step.act === "hide" || step.act === "show") {
        hidden = step.act === "hide";
        tracker.visibility(hidden);
      } else {
        counts.leave_beacons++; // pagehide of the page left behind
        unload();
        counts.page_loads++;
        tracker = presenceTracker(() => counts.presence_reports++, hidden);
        tracker.pageview();
      }
    }
    advanceTo(3_600_000);
    return {
      ...counts,
      // What only presence costs: the reports and the goodbyes (page views are the browsing itself).
      presence_requests: counts.presence_reports + counts.leave_beacons,
      // Everything the loader sends: a session and a page view per page load, plus the above.
      loader_requests: 2 * counts.page_loads + counts.presence_reports + counts.leave_beacons,
    };
  });
}

const every = (ms: number, act: Step["act"], from = 0, to = 3_600_000): Step[] =>
  Array.from({ length: Math.floor((to - from) / ms) }, (_, i) => ({ at: from + (i + 1) * ms, act }));

export const scenarios = {
  // Reading one page with the tab visible, scrolling every 20 s.
  one_page_visible: () => requestsInAnHour(every(20_000, "input")),
  // The same page left open without input (still visible): one report, idle after 270 s.
  one_page_visible_no_input: () => requestsInAnHour([]),
  // A page view every 2 minutes, input every 20 s, and two tab switches of a minute each.
  typical_browsing: () =>
    requestsInAnHour([
      ...every(120_000, "navigate"),
      ...every(20_000, "input"),
      { at: 1_000_000, act: "hide" },
      { at: 1_060_000, act: "show" },
      { at: 2_500_000, act: "hide" },
      { at: 2_560_000, act: "show" },
    ]),
};
