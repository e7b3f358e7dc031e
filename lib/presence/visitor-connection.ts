// Connection-based presence (issue 14): Pusher's channel-existence webhooks for a visitor's channel
// (private-visitor-<id>, subscribed by every tab's chat frame) say whether any page of that visitor is
// still connected. Occupied is a sign the page is there; vacated, that it is gone (a tab that died without
// a goodbye). Replays and out-of-order deliveries are harmless: each is applied only if newer.
import { z } from "zod";
import type { Db } from "@/db/client";
import { recordVisitorChannel } from "@/db/queries/visitors";
import { parseChannel } from "@/lib/realtime/channels";
import type { Publication } from "@/lib/realtime/publish";
import type { WebhookBody } from "@/lib/realtime/webhook";
import { recordPageSign } from "@/lib/widget/visits";

const visitorId = z.uuid();
const existence = { channel_occupied: true, channel_vacated: false } as const;

export async function recordChannelExistence(db: Db, body: WebhookBody): Promise<Publication[]> {
  const at = new Date(body.time_ms);
  const publications: Publication[] = [];
  for (const event of body.events) {
    if (event.name !== "channel_occupied" && event.name !== "channel_vacated") continue;
    const channel = parseChannel(event.channel ?? "");
    if (channel?.kind !== "visitor" || !visitorId.safeParse(channel.id).success) continue;
    const occupied = existence[event.name];
    const applied = await recordVisitorChannel(db, channel.id, occupied, at);
    if (!applied) continue; // replayed, older than what we know, or no such visitor
    const visitor = { workspaceId: applied.workspaceId, visitorId: channel.id };
    publications.push(...(await recordPageSign(db, visitor, { there: occupied, at })));
  }
  return publications;
}
