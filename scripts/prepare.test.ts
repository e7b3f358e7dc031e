// The start script on an empty database, run as `npm start` runs it (a separate process on PGlite on disk).
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "@/db/client";
import { appSecrets, users, workspaces } from "@/db/schema";
import { hashOneTimeToken } from "@/lib/auth/one-time-token";
import { productionEnv } from "@/test/production-env";

const run = promisify(execFile);
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function prepareOnEmptyDatabase(
  env: { NODE_ENV: "production" | "development" } & Record<string, string>,
) {
  const dir = mkdtempSync(path.join(tmpdir(), "herald-prepare-"));
  dirs.push(dir);
  const { stdout } = await run("npx", ["tsx", "scripts/prepare.ts"], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PGLITE_DIR: path.join(dir, "pglite"),
      HERALD_DATA_DIR: dir,
      DATABASE_URL: "",
      ...env,
    },
  });
  const conn = connect(undefined, path.join(dir, "pglite"));
  try {
    return {
      stdout,
      users: await conn.db.select().from(users),
      workspaces: await conn.db.select().from(workspaces),
      secrets: await conn.db.select().from(appSecrets),
    };
  } finally {
    await conn.close();
  }
}

const production = productionEnv;

describe("scripts/prepare.ts", () => {
  it("production start on an empty database has no user", async () => {
    const result = await prepareOnEmptyDatabase(production);
    expect(result.users).toEqual([]);
    expect(result.workspaces).toEqual([]);
    // It prints where to go and the one-time token /setup asks for, stored only as its hash.
    const printed = result.stdout.match(
      /Open https:\/\/chat\.example\.com\/setup and enter the setup token: (\S+)/,
    );
    expect(printed).not.toBeNull();
    const token = printed?.[1] ?? "";
    expect(result.secrets.map((s) => [s.name, s.value])).toEqual([["setup-token", hashOneTimeToken(token)]]);
    expect(result.stdout).not.toContain("demo-password");
  }, 60_000);

  it("takes the setup token from SETUP_TOKEN and never prints it", async () => {
    const token = "operator-chosen-setup-token";
    const result = await prepareOnEmptyDatabase({ ...production, SETUP_TOKEN: token });
    expect(result.users).toEqual([]);
    expect(result.stdout).not.toContain(token);
    expect(result.secrets.map((s) => s.value)).toEqual([hashOneTimeToken(token)]);
  }, 60_000);

  it("development still seeds the demo workspace Acme", async () => {
    const result = await prepareOnEmptyDatabase({ NODE_ENV: "development" });
    expect(result.workspaces.map((w) => w.name)).toEqual(["Acme"]);
    expect(result.users.map((u) => u.email)).toContain("ada@acme.test");
    expect(result.secrets).toEqual([]);
  }, 60_000);
});
