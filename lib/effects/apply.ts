// Applies the effects collected during one action or widget request, after the writes committed: publish the
// realtime events, then send the due deliveries (in-app must not wait for a poll) and wake the worker.
import type { Db } from "@/db/client";
import { mirrorToSlackThreads } from "@/lib/integrations/slack/mirror";
import { sendAfterCommit } from "@/lib/notifications/delivery/after-commit";
import type { RecordedEvent } from "@/lib/notifications/outbox/record";
import { type Publication, publish } from "@/lib/realtime/publish";
import type { AfterCommit, Effects } from "./effects";

export interface EffectsDeps {
  publish: (publications: Publication[]) => Promise<unknown>;
  send: (db: Db, recorded: readonly RecordedEvent[]) => Promise<void>;
}

// SK6: new messages are mirrored into their conversation's Slack thread along with the sends.
const live: EffectsDeps = {
  publish,
  send: async (db, recorded) => {
    await sendAfterCommit(db, recorded);
    await mirrorToSlackThreads(db, recorded);
  },
};

export async function applyEffects(db: Db, all: readonly Effects[], deps: EffectsDeps = live) {
  const publications = all.flatMap((e) => e.publications ?? []);
  const recorded = all.flatMap((e) => (e.notifications ? [e.notifications].flat() : []));
  if (publications.length) await deps.publish(publications);
  if (recorded.length) await deps.send(db, recorded);
}

// One request's effects: the body calls `after`, the wrapper calls `apply` once the body has succeeded.
export function effectsCollector(deps: EffectsDeps = live) {
  const all: Effects[] = [];
  const after: AfterCommit = (effects) => void all.push(effects);
  return { after, apply: (db: Db) => applyEffects(db, all, deps) };
}
