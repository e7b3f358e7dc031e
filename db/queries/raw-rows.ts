// Raw SQL through db.execute: PGlite answers { rows }, postgres.js an array of rows. One place reads either.
import type { SQL } from "drizzle-orm";
import type { Db } from "../client";

export async function executeRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows?: T[] } | T[];
  return Array.isArray(result) ? result : (result.rows ?? []);
}
