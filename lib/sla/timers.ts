// When SLA clocks start, are met and are cancelled (RULES.md SL1–SL3), as pure functions over stored rows:
// - first response: starts with a conversation in a group with a policy, met by the first agent reply;
// - next response: restarts on a visitor message once an agent has replied, met by the next agent reply;
// - resolution: starts with the conversation, met when it is closed.
// Closing cancels the response clocks still waiting. lib/sla/track.ts stores what these decide.
import type { SlaPolicyRow, SlaTimer } from "@/db/schema";
import type { SlaTarget } from "@/lib/notifications/events/event";
import { type SlaPolicy, slaDeadlines } from "@/lib/sla/deadlines";

export interface TimerStart {
  target: SlaTarget;
  startedAt: Date;
  warnAt: Date;
  dueAt: Date;
}

export interface TimerEnd {
  id: string;
  state: "met" | "cancelled";
}

export interface TimerPlan {
  start: TimerStart[];
  end: TimerEnd[];
}

type RunningTimer = Pick<SlaTimer, "id" | "target">;

const MINUTE_MS = 60_000;
const responseTargets: readonly SlaTarget[] = ["first_response", "next_response"];
const noChange: TimerPlan = { start: [], end: [] };

export function policyOf(row: SlaPolicyRow): SlaPolicy {
  return {
    firstResponseMs: row.firstResponseMinutes * MINUTE_MS,
    nextResponseMs: row.nextResponseMinutes === null ? null : row.nextResponseMinutes * MINUTE_MS,
    resolutionMs: row.resolutionMinutes === null ? null : row.resolutionMinutes * MINUTE_MS,
    warningPoint: row.warningPercent / 100,
  };
}

function startOf(policy: SlaPolicy, target: SlaTarget, now: Date): TimerStart[] {
  const deadlines = slaDeadlines(policy, target, now);
  return deadlines ? [{ target, startedAt: now, warnAt: deadlines.warnAt, dueAt: deadlines.breachAt }] : [];
}

export function onConversationCreated(policy: SlaPolicy | null, now: Date): TimerPlan {
  if (!policy) return noChange;
  return {
    start: [...startOf(policy, "first_response", now), ...startOf(policy, "resolution", now)],
    end: [],
  };
}

// A visitor message restarts the next-response clock only when no reply is awaited already and an agent
// has answered before (before the first answer, the first-response clock is the one running).
export function onVisitorMessage(
  policy: SlaPolicy | null,
  running: RunningTimer[],
  agentHasReplied: boolean,
  now: Date,
): TimerPlan {
  if (!policy || !agentHasReplied) return noChange;
  if (running.some((t) => responseTargets.includes(t.target))) return noChange;
  return { start: startOf(policy, "next_response", now), end: [] };
}

export function onAgentReply(running: RunningTimer[]): TimerPlan {
  return {
    start: [],
    end: running.filter((t) => responseTargets.includes(t.target)).map((t) => ({ id: t.id, state: "met" })),
  };
}

export function onConversationClosed(running: RunningTimer[]): TimerPlan {
  return {
    start: [],
    end: running.map((t) => ({ id: t.id, state: t.target === "resolution" ? "met" : "cancelled" })),
  };
}

export type SlaStanding = "on_track" | "at_risk" | "breached";

// Where a running clock stands at `now`: the dashboard lists at_risk and breached ones.
export function slaStanding(timer: Pick<SlaTimer, "warnAt" | "dueAt">, now: Date): SlaStanding {
  if (now >= timer.dueAt) return "breached";
  if (now >= timer.warnAt) return "at_risk";
  return "on_track";
}

export const slaTargetLabel: Record<SlaTarget, string> = {
  first_response: "First response",
  next_response: "Next response",
  resolution: "Resolution",
};
