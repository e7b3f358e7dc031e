// The Slack users an admin can map a member to by hand: every page of users.list, without bots, Slackbot and
// deactivated accounts; kept per workspace for a few minutes like the channels.
import type { WebClient } from "@slack/web-api";
import { cachedPerWorkspace } from "./directory-cache";

export interface SlackPerson {
  id: string;
  name: string; // real name, else the handle
  email: string | null;
}

export async function listSlackPeople(client: WebClient): Promise<SlackPerson[]> {
  const out: SlackPerson[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.users.list({ limit: 200, cursor });
    for (const u of page.members ?? []) {
      if (!u.id || u.deleted || u.is_bot || u.id === "USLACKBOT") continue;
      const name = u.profile?.real_name || u.real_name || u.name || u.id;
      out.push({ id: u.id, name, email: u.profile?.email ?? null });
    }
    cursor = page.response_metadata?.next_cursor || undefined;
  } while (cursor);
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

export const slackPeopleCache = cachedPerWorkspace(listSlackPeople);
