// `npm run db:seed`: the demo workspace Acme on an empty database. Never in production unless asked with
// `--demo`: its accounts share a published password.
import "./load-env";
import path from "node:path";
import { connect } from "@/db/client";
import { migrate } from "@/db/migrate";
import { seedDemo } from "@/db/seed";
import { env } from "@/lib/env";

if (env().NODE_ENV === "production" && !process.argv.includes("--demo")) {
  console.error(
    "Refusing to seed the demo workspace in production: its accounts have a public password. " +
      "Use /setup to create your workspace, or run `npm run db:seed -- --demo` if you really want the demo.",
  );
  process.exit(1);
}

const conn = connect(env().DATABASE_URL, path.resolve(env().PGLITE_DIR));
await migrate(conn);
const { seeded } = await seedDemo(conn.db);
await conn.close();
console.log(
  seeded ? "Seeded the demo workspace Acme." : "The database already has a workspace: nothing seeded.",
);
