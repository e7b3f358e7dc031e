import path from "node:path";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { Connection } from "./client";

const migrationsFolder = path.join(process.cwd(), "db/migrations");

export async function migrate(conn: Connection, folder = migrationsFolder): Promise<void> {
  if (conn.driver === "pglite")
    await migratePglite(conn.db as unknown as PgliteDatabase, { migrationsFolder: folder });
  else await migratePostgres(conn.db as unknown as PostgresJsDatabase, { migrationsFolder: folder });
}
