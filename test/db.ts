// A fresh, migrated database for one integration test file: PGlite in memory, or a new database on the
// PostgreSQL server of TEST_DATABASE_URL (dropped again by close()).
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { type Connection, connect } from "@/db/client";
import { migrate } from "@/db/migrate";

// `url`: the PostgreSQL database's address, for a child process that must reach the same database.
export async function createTestDb(): Promise<Connection & { url?: string }> {
  if (process.env.TEST_DB_DRIVER !== "postgres") {
    const conn = connect(undefined, "memory://");
    await migrate(conn);
    return conn;
  }
  const baseUrl = process.env.TEST_DATABASE_URL;
  if (!baseUrl) throw new Error("TEST_DATABASE_URL is required for the postgres integration run");
  const name = `herald_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(baseUrl, { onnotice: () => {}, max: 1 });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const conn = connect(url.toString());
  await migrate(conn);
  return {
    ...conn,
    url: url.toString(),
    close: async () => {
      await conn.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
