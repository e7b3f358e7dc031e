// Drops every table and re-creates the demo. Stop the dev server first: PGlite allows one process at a time.
import "./load-env";
import path from "node:path";
import { sql } from "drizzle-orm";
import { connect } from "@/db/client";
import { migrate } from "@/db/migrate";
import { seedDemo } from "@/db/seed";
import { env } from "@/lib/env";

if (env().NODE_ENV === "production" && !process.argv.includes("--yes")) {
  console.error("Refusing to reset a production database without --yes.");
  process.exit(1);
}
const conn = connect(env().DATABASE_URL, path.resolve(env().PGLITE_DIR));
await conn.db.execute(sql`drop schema if exists public cascade`);
await conn.db.execute(sql`drop schema if exists drizzle cascade`);
await conn.db.execute(sql`create schema public`);
await migrate(conn);
// Like db:seed: the demo (public password) only outside production, or with --demo.
const demo = env().NODE_ENV !== "production" || process.argv.includes("--demo");
if (demo) await seedDemo(conn.db);
await conn.close();
console.log(`Database reset${demo ? " and the demo workspace Acme seeded" : ""}.`);
