// The channels an admin can pick (SK1, SK5): public ones, and private ones only where the app is a member
// (Slack hides the others), every page of conversations.list. Listing is Slack's tier 2 (about 20 calls a
// minute) and a big team has thousands of channels, so a workspace's list is kept for a few minutes.
import type { WebClient } from "@slack/web-api";
import { cachedPerWorkspace } from "./directory-cache";

export interface SlackChannelChoice {
  id: string;
  name: string;
  isPrivate: boolean;
}

export async function listPickableChannels(client: WebClient): Promise<SlackChannelChoice[]> {
  const out: SlackChannelChoice[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.conversations.list({
      types: "public_channel,private_channel",
      exclude_archived: true,
      limit: 200,
      cursor,
    });
    for (const c of page.channels ?? []) {
      if (c.id && c.name) out.push({ id: c.id, name: c.name, isPrivate: Boolean(c.is_private) });
    }
    cursor = page.response_metadata?.next_cursor || undefined;
  } while (cursor);
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

export const pickableChannelsCache = cachedPerWorkspace(listPickableChannels);
