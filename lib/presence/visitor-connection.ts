// Connection-based presence (issue 14): Pusher's channel-existence webhooks for a visitor's channel
// (private-visitor-<id>, subscribed by every tab's chat frame) say whether any page of that visitor is
// still connected. Occupied is a sign the page is there; vacated, that it is gone (a tab that died without
// a goodbye). Replays and out-of-order deliveries are harmless: each is applied only if newer.
// A webhook is written in a few statements whatever its size: when the realtime service restarts, every
// visitor's connection comes back at once, and 16,000 occupied events written one by one held the embedded
// database for ~50 s (bench/presence.ts). Only a visitor whose page is said to have gone needs more.
import { z } from "zod";
import type { Db } from "@/db/client";
import { recordVisitorChannels } from "@/db/queries/visitors";
import { visitorsWhosePageLeft } from "@/db/queries/visits";
import type { Effects } from "@/lib/effects/effects";
import { parseChannel } from "@/lib/realtime/channels";
import type { WebhookBody } from "@/lib/realtime/webhook";
import { recordPageSign } from "@/lib/widget/visits";

const visitorId = z.uuid();
const existence = { channel_occupied: true, channel_vacated: false } as const;

export async function recordChannelExistence(db: Db, body: WebhookBody): Promise<Effects[]> {
  const at = new Date(body.time_ms);
  // Events share the webhook's time: a channel's last event in it is its state then.
  const latest = new Map<string, boolean>();
  for (const event of body.events) {
    if (event.name !== "channel_occupied" && event.name !== "channel_vacated") continue;
    const channel = parseChannel(event.channel ?? "");
    if (channel?.kind !== "visitor" || !visitorId.safeParse(channel.id).success) continue;
    latest.set(channel.id, existence[event.name]);
  }
  if (latest.size === 0) return [];
  const changes = [...latest].map(([id, occupied]) => ({ visitorId: id, occupied }));
  // One transaction: a failure leaves nothing half-applied for Pusher's retry to be taken as a replay.
  return db.transaction(async (tx) => {
    const applied = await recordVisitorChannels(tx, changes, at); // not replayed, not older, visitor exists
    // The usual occupied event: the page is there and nothing said it went, so nothing more to change.
    const left = new Set(
      await visitorsWhosePageLeft(
        tx,
        applied.filter((a) => a.occupied),
      ),
    );
    const effects: Effects[] = [];
    for (const a of applied) {
      if (a.occupied && !left.has(a.visitorId)) continue;
      const visitor = { workspaceId: a.workspaceId, visitorId: a.visitorId };
      effects.push(await recordPageSign(tx, visitor, { there: a.occupied, at }));
    }
    return effects;
  });
}
