// A second drizzle handle on a test connection's own client that counts the statements it sends: for tests and
// benches that hold a code path to a constant number of queries.
import type { PGlite } from "@electric-sql/pglite";
import type { Logger } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type postgres from "postgres";
import type { Connection, Db } from "@/db/client";
import * as schema from "@/db/schema";

export function countingDb(conn: Connection): { db: Db; count: () => number; reset: () => void } {
  let n = 0;
  const logger: Logger = { logQuery: () => void n++ };
  const client = (conn.db as unknown as { $client: unknown }).$client;
  const db =
    conn.driver === "pglite"
      ? drizzlePglite(client as PGlite, { schema, casing: "snake_case", logger })
      : drizzlePostgres(client as postgres.Sql, { schema, casing: "snake_case", logger });
  return {
    db: db as unknown as Db,
    count: () => n,
    reset: () => {
      n = 0;
    },
  };
}
