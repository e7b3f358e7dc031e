// Connection-based presence (issue 14): Pusher's channel-existence webhooks for a visitor's channel
// (private-visitor-<id>, subscribed by every tab's chat frame) say whether any page of that visitor is
// still connected. Occupied is a sign the page is there; vacated, that it is gone (a tab that died without
// a goodbye). Replays and out-of-order deliveries are harmless: each is applied only if newer.
import { z } from "zod";
import type { Db } from "@/db/client";
import { recordVisitorChannel } from "@/db/queries/visitors";
import type { Effects } from "@/lib/effects/effects";
import { parseChannel } from "@/lib/realtime/channels";
import type { WebhookBody } from "@/lib/realtime/webhook";
import { recordPageSign } from "@/lib/widget/visits";

const visitorId = z.uuid();
const existence = { channel_occupied: true, channel_vacated: false } as const;

export async function recordChannelExistence(db: Db, body: WebhookBody): Promise<Effects[]> {
  const at = new Date(body.time_ms);
  const effects: Effects[] = [];
  for (const event of body.events) {
    if (event.name !== "channel_occupied" && event.name !== "channel_vacated") continue;
    const channel = parseChannel(event.channel ?? "");
    if (channel?.kind !== "visitor" || !visitorId.safeParse(channel.id).success) continue;
    const occupied = existence[event.name];
    // One transaction: a failure leaves nothing half-applied for Pusher's retry to be taken as a replay.
    const written = await db.transaction(async (tx) => {
      const applied = await recordVisitorChannel(tx, channel.id, occupied, at);
      if (!applied) return {}; // replayed, older than what we know, or no such visitor
      const visitor = { workspaceId: applied.workspaceId, visitorId: channel.id };
      return recordPageSign(tx, visitor, { there: occupied, at });
    });
    effects.push(written);
  }
  return effects;
}
