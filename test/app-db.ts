// Route handlers call getDb(); this makes it answer with a test database (db/client.ts keeps the
// process's connection on globalThis).
import type { Connection } from "@/db/client";

export function useAsAppDb(conn: Connection) {
  (globalThis as { __heraldDb?: Connection }).__heraldDb = conn;
}
