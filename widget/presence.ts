// The loader's presence state machine (issue 14): it reports a change of what the visitor's page shows,
// and nothing else. States: hidden or visible; idle (no input for 270 s, RULES.md) or active. A report goes
// out on a transition only; while nothing changes, nothing is sent, and while idle no timer is even set.
// Kept tiny: it runs on every customer page, inside the loader's 2 KB gzip budget.
export const IDLE_MS = 270_000;

export type Report = (state: { hidden: boolean; idle: boolean }) => void;

export function presenceTracker(report: Report, hidden: boolean) {
  let idle = false;
  let sent = 0; // what the server assumes after a page view: visible (×2) and active (×1)
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    const state = +hidden * 2 + +idle;
    if (state !== sent) {
      sent = state;
      report({ hidden, idle });
    }
  };
  // Any input (pointer, key, scroll, touch): the visitor is active, and idle 270 s after the last input.
  // Re-arming a timer per input event costs about a microsecond; once idle, no timer is left.
  const input = () => {
    idle = false;
    clearTimeout(timer);
    timer = setTimeout(() => {
      idle = true;
      flush();
    }, IDLE_MS);
    flush();
  };

  return {
    input,
    // Coming back to a page counts as activity.
    visibility(isHidden: boolean) {
      hidden = isHidden;
      hidden ? flush() : input();
    },
    // A page view (activity) resets the server to visible and active: report whatever differs from that.
    pageview() {
      sent = 0;
      input();
    },
  };
}
