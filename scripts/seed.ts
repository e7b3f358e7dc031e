import "./load-env";
import path from "node:path";
import { connect } from "@/db/client";
import { migrate } from "@/db/migrate";
import { seedDemo } from "@/db/seed";
import { env } from "@/lib/env";

const conn = connect(env().DATABASE_URL, path.resolve(env().PGLITE_DIR));
await migrate(conn);
const { seeded } = await seedDemo(conn.db);
await conn.close();
console.log(
  seeded ? "Seeded the demo workspace Acme." : "The database already has a workspace: nothing seeded.",
);
