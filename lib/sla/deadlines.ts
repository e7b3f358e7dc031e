// SL1: when an SLA timer warns and breaches. The timer job fires sla.warning / sla.breached at these times.
import type { SlaTarget } from "../notifications/events/event";

export const DEFAULT_WARNING_POINT = 0.75;

export interface SlaPolicy {
  firstResponseMs: number;
  nextResponseMs: number | null;
  resolutionMs: number | null;
  warningPoint?: number; // fraction of the target, default 75 %
}

export interface SlaDeadlines {
  warnAt: Date;
  breachAt: Date;
}

// The awaited reply's deadlines, from when the clock started; null when the policy sets no such target.
export function slaDeadlines(policy: SlaPolicy, target: SlaTarget, since: Date): SlaDeadlines | null {
  const targetMs =
    target === "first_response"
      ? policy.firstResponseMs
      : target === "next_response"
        ? policy.nextResponseMs
        : policy.resolutionMs;
  if (targetMs === null) return null;
  const point = policy.warningPoint ?? DEFAULT_WARNING_POINT;
  return {
    warnAt: new Date(since.getTime() + Math.round(targetMs * point)),
    breachAt: new Date(since.getTime() + targetMs),
  };
}
