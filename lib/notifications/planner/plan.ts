// The planner: who is notified, on which channel, when, and why not. Pure: same input, same decisions, same order.

import type { EventMap, EventType, HeraldEvent } from "../events/event";
import { type PlanContext, planContext } from "./context";
import type { Decision } from "./decision";
import { rules } from "./rules";
import type { Snapshot } from "./snapshot";

export function plan(event: HeraldEvent, snapshot: Snapshot, now: Date): Decision[] {
  return onePerKey(runRule(event.type, planContext(event, snapshot, now)));
}

// Correlates the event's type with its rule without a cast.
function runRule<T extends EventType>(type: T, ctx: PlanContext<EventMap[T]>): Decision[] {
  return rules[type](ctx);
}

// X2: one decision per event × recipient × channel. Two rules can reach the same person (an account owner
// who is also in the group, SK4 and IC3): a send wins over a suppression, otherwise the first rule wins.
function onePerKey(decisions: Decision[]): Decision[] {
  const at = new Map<string, number>();
  const kept: Decision[] = [];
  for (const d of decisions) {
    const i = at.get(d.idempotencyKey);
    if (i === undefined) {
      at.set(d.idempotencyKey, kept.length);
      kept.push(d);
    } else if (d.outcome === "send" && kept[i]?.outcome === "suppress") {
      kept[i] = d;
    }
  }
  return kept;
}
