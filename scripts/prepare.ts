// Before Next starts: validate configuration, apply migrations; then, on an empty database, seed the demo
// workspace in development, or in production print the token that /setup asks for (nothing is seeded).
import "./load-env";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { connect } from "@/db/client";
import { migrate } from "@/db/migrate";
import { DEMO_PASSWORD, demoUsers, seedDemo } from "@/db/seed";
import { EnvError, env } from "@/lib/env";
import { issueSetupToken, needsSetup, setupTokenMessage } from "@/lib/setup/token";

export async function prepare() {
  const config = env();
  const conn = connect(config.DATABASE_URL, path.resolve(config.PGLITE_DIR));
  try {
    await migrate(conn);
    const production = config.NODE_ENV === "production";
    const { seeded } = production ? { seeded: false } : await seedDemo(conn.db);
    const where = config.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${config.PGLITE_DIR}`;
    console.log(`Herald: database ready on ${where}${seeded ? ", demo workspace Acme seeded" : ""}.`);
    if (await needsSetup(conn.db)) {
      const token = await issueSetupToken(conn.db, { configured: config.SETUP_TOKEN, fresh: true });
      console.log(setupTokenMessage(config.APP_URL, token ?? "the value of SETUP_TOKEN"));
    }
    if (!production) {
      console.log(`Herald: sign in at ${config.APP_URL}/sign-in — try the widget at ${config.APP_URL}/demo`);
      console.log(`        ${demoUsers.map((u) => `${u.email} (${u.role})`).join(", ")}`);
      console.log(`        password: ${DEMO_PASSWORD}`);
    }
  } finally {
    // PGlite must be closed or the process hangs, and the next server could not open the directory.
    await conn.close();
  }
}

export function exitOnConfigError(error: unknown): never {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  prepare().catch(exitOnConfigError);
}
