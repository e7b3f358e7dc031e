// The database: postgres.js when DATABASE_URL is set, otherwise PGlite on disk (the embedded default).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/lib/env";
import * as schema from "./schema";

export type Schema = typeof schema;
// A database or a transaction: queries take either as their first argument.
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export interface Connection {
  db: Db;
  driver: "pglite" | "postgres";
  close: () => Promise<void>;
  // Raw SQL on the same client, for pg-boss (lib/jobs): several statements when no values are given.
  executeSql: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;
}

export function connect(url?: string, pgliteDir?: string): Connection {
  if (url) {
    const sql = postgres(url, { onnotice: () => {}, max: 10 });
    return {
      db: drizzlePostgres(sql, { schema, casing: "snake_case" }) as unknown as Db,
      driver: "postgres",
      close: () => sql.end(),
      executeSql: (text, values) => executeOnPostgres(sql, text, values),
    };
  }
  const dir = pgliteDir ?? "memory://";
  // PGlite does not create its parent directory.
  if (!dir.startsWith("memory://")) mkdirSync(path.dirname(path.resolve(dir)), { recursive: true });
  const client = new PGlite(dir);
  return {
    db: drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Db,
    driver: "pglite",
    close: () => client.close(),
    // PGlite's query() takes one statement; exec() takes several but no parameters.
    executeSql: async (text, values) => {
      if (values?.length) return client.query(text, values);
      try {
        return (await client.exec(text)).at(-1) ?? { rows: [] };
      } catch (error) {
        await endAbortedTransaction((t) => client.exec(t));
        throw error;
      }
    },
  };
}

// One connection per process, kept on globalThis so dev hot reloads do not open PGlite twice.
const holder = globalThis as unknown as { __heraldDb?: Connection };

export function connection(): Connection {
  holder.__heraldDb ??= connect(env().DATABASE_URL, path.resolve(env().PGLITE_DIR));
  return holder.__heraldDb;
}

export function getDb(): Db {
  return connection().db;
}

// Without parameters postgres.js uses the simple protocol, which runs several statements; pg-boss's include
// BEGIN/COMMIT, which postgres.js allows only on a connection reserved for them.
async function executeOnPostgres(sql: postgres.Sql, text: string, values?: unknown[]) {
  if (values?.length) return { rows: [...(await sql.unsafe(text, values.map(asText)))] };
  const reserved = await sql.reserve();
  try {
    return { rows: [...(await reserved.unsafe(text))] };
  } catch (error) {
    await endAbortedTransaction((t) => reserved.unsafe(t));
    throw error;
  } finally {
    reserved.release();
  }
}

// A statement that fails after the text's own BEGIN leaves the transaction open and aborted: rolled back here,
// or the connection (PGlite's only one, or a pooled one) refuses every later query with 25P02. Without an open
// transaction ROLLBACK only warns.
async function endAbortedTransaction(run: (text: string) => Promise<unknown>) {
  await run("ROLLBACK").catch(() => {});
}

// pg-boss hands objects and Dates as node-postgres takes them, also where its SQL reads them as text
// (`startAfter`); postgres.js serialises by the parameter's type, so they go as text.
function asText(v: unknown): postgres.ParameterOrJSON<never> {
  if (v === undefined) return null; // node-postgres sends undefined as NULL
  if (v instanceof Date) return v.toISOString();
  if (v !== null && typeof v === "object" && !Array.isArray(v)) return JSON.stringify(v);
  return v as postgres.ParameterOrJSON<never>;
}
