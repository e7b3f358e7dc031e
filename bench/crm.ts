// CRM sync at scale (issue 13 §6): 100,000 accounts and 300,000 contacts from a local fake HubSpot into a fresh
// database, then an incremental sync of 1,000 changes. Budget: full ≤ 5 min, peak RSS growth ≤ 200 MB.
// Database: BENCH_DATABASE_URL (PostgreSQL) if set, else PGlite in a temporary directory.
// Run: npx tsx bench/crm.ts [companies] [contactsPerCompany]
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { connect } from "../db/client";
import { migrate } from "../db/migrate";
import { claimCrmSync, saveCrmConnection } from "../db/queries/crm-connections";
import { createWorkspace } from "../db/queries/workspaces";
import { runCrmSync } from "../lib/crm/sync";
import { HubSpotClient } from "../lib/integrations/hubspot/client";
import { SANDBOX_TOKEN } from "../lib/integrations/hubspot/sandbox/store";

const COMPANIES = Number(process.argv[2] ?? 100_000);
const CONTACTS_PER_COMPANY = Number(process.argv[3] ?? 3);
const CHANGES = 1000;
const MB = 1024 * 1024;

const fake = spawn(
  process.execPath,
  [
    "--import",
    "tsx",
    path.join(import.meta.dirname, "support/hubspot-fake.ts"),
    String(COMPANIES),
    String(CONTACTS_PER_COMPANY),
  ],
  { stdio: ["ignore", "pipe", "inherit"] },
);
const url = await new Promise<string>((resolve, reject) => {
  fake.once("exit", (code) => reject(new Error(`fake HubSpot exited (${code})`)));
  createInterface({ input: fake.stdout }).once("line", (line) =>
    resolve((JSON.parse(line) as { url: string }).url),
  );
});

const dir = mkdtempSync(path.join(tmpdir(), "herald-bench-crm-"));
const conn = connect(process.env.BENCH_DATABASE_URL || undefined, path.join(dir, "pglite"));
try {
  await migrate(conn);
  const workspace = await createWorkspace(conn.db, "Bench");
  const connectionId = (await saveCrmConnection(conn.db, workspace.id, "hubspot", "unused")).id;
  const client = new HubSpotClient({ baseUrl: url, token: SANDBOX_TOKEN });

  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);

  const timed = async (kind: "incremental" | "full") => {
    const claimed = await claimCrmSync(conn.db, connectionId, kind);
    if (!claimed) throw new Error("could not claim the sync");
    const started = performance.now();
    const result = await runCrmSync(conn.db, claimed, client, kind);
    if (!result.ok) throw new Error(`sync failed: ${result.errors.join("; ")}`);
    return { seconds: Math.round((performance.now() - started) / 100) / 10, result };
  };

  const full = await timed("full");
  // 1,000 ownership changes in the CRM, through the fake's own page.
  for (let i = 0; i < CHANGES; i++) {
    const companyId = String(2 + ((i * 97) % (COMPANIES - 1)));
    await fetch(`${url}/sandbox/owner`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `companyId=${companyId}&ownerId=9001`,
      redirect: "manual",
    });
  }
  const incremental = await timed("incremental");
  clearInterval(sampler);

  const peakGrowthMb = Math.round((peak - baseline) / MB);
  console.log(
    JSON.stringify({
      bench: "crm-sync",
      database: process.env.BENCH_DATABASE_URL ? "postgres" : "pglite",
      accounts: full.result.accounts,
      contacts: full.result.contacts,
      fullSyncSeconds: full.seconds,
      fullSyncBudgetSeconds: 300,
      incrementalChanges: CHANGES,
      incrementalAccountsRead: incremental.result.accounts,
      incrementalSeconds: incremental.seconds,
      peakRssGrowthMb: peakGrowthMb,
      peakRssGrowthBudgetMb: 200,
      ok: full.seconds <= 300 && peakGrowthMb <= 200,
    }),
  );
} finally {
  await conn.close();
  fake.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
}
