import "./load-env";
import path from "node:path";
import { connect } from "@/db/client";
import { migrate } from "@/db/migrate";
import { env } from "@/lib/env";

const conn = connect(env().DATABASE_URL, path.resolve(env().PGLITE_DIR));
await migrate(conn);
await conn.close();
console.log("Migrations applied.");
