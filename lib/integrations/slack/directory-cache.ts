// Slack's directory (channels, people) read once per workspace every few minutes: conversations.list and
// users.list are tier 2, and every Settings page view would otherwise walk every page again. Per process; a
// connect or disconnect forgets the workspace's entry.
import type { WebClient } from "@slack/web-api";

export const DIRECTORY_CACHE_MS = 5 * 60_000;

export function cachedPerWorkspace<T>(load: (client: WebClient) => Promise<T>) {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return {
    get(workspaceId: string, client: WebClient, now = Date.now()): Promise<T> {
      const hit = entries.get(workspaceId);
      if (hit && now - hit.at < DIRECTORY_CACHE_MS) return hit.value;
      const value = load(client);
      entries.set(workspaceId, { at: now, value });
      // A failed listing is not kept: the next view asks Slack again.
      value.catch(() => entries.get(workspaceId)?.value === value && entries.delete(workspaceId));
      return value;
    },
    forget(workspaceId: string) {
      entries.delete(workspaceId);
    },
  };
}
