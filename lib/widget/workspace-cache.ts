// Workspaces by public key, cached in memory: every widget call names its workspace by key, and the
// heartbeat hot path should cost one query (its UPDATE), not two.
import type { Db } from "@/db/client";
import { findWorkspaceByPublicKey } from "@/db/queries/workspaces";

export interface WidgetWorkspace {
  id: string;
  publicKey: string;
  widgetSecret: string; // visitor tokens' key (visitor-token.ts)
  allowedOrigins: string[]; // who may frame the chat (lib/widget/frame-ancestors.ts)
}

const FOUND_TTL_MS = 60_000; // a deleted workspace keeps answering for a minute; its writes then match nothing
const MISSING_TTL_MS = 5_000; // unknown keys are remembered briefly, so a flood of them does not reach the db
const MAX_ENTRIES = 10_000;

type Entry = { workspace: WidgetWorkspace | null; expiresAt: number };

// Per database, so tests with their own database never see another's workspaces. On globalThis, because Next
// bundles route handlers and server actions apart, each with its own copy of this module: an admin's action
// must clear the very cache the widget routes read (as db/client.ts shares its connection).
const holder = globalThis as unknown as { __heraldWidgetWorkspaces?: WeakMap<Db, Map<string, Entry>> };
holder.__heraldWidgetWorkspaces ??= new WeakMap<Db, Map<string, Entry>>();
const caches = holder.__heraldWidgetWorkspaces;

// After a change an admin made (a rotated widget secret, new allowed origins): this instance sees it at once,
// others within FOUND_TTL_MS.
export function forgetWidgetWorkspace(db: Db, publicKey: string) {
  caches.get(db)?.delete(publicKey);
}

export async function widgetWorkspace(db: Db, publicKey: string, now = Date.now()) {
  const cache = caches.get(db) ?? new Map<string, Entry>();
  caches.set(db, cache);
  const hit = cache.get(publicKey);
  if (hit && hit.expiresAt > now) return hit.workspace;
  const row = await findWorkspaceByPublicKey(db, publicKey);
  const workspace = row
    ? {
        id: row.id,
        publicKey: row.publicKey,
        widgetSecret: row.widgetSecret,
        allowedOrigins: row.allowedOrigins,
      }
    : null;
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(publicKey, { workspace, expiresAt: now + (workspace ? FOUND_TTL_MS : MISSING_TTL_MS) });
  return workspace;
}
