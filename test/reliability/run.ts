// `npm run test:reliability`: the reliability suite at full size (10,000 chaos events and 5 worker kills,
// 10,000 fuzzed requests, every route and action for isolation, 1,000 concurrent first messages) on PostgreSQL,
// then its figures as one JSON object. Uses TEST_DATABASE_URL when set, else starts a throwaway server
// (scripts/test-postgres.sh) and stops it after. Inside `npm test` the same files run reduced (figures.ts).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { figuresDir } from "./figures";

const root = path.resolve(import.meta.dirname, "../..");
const postgres = path.join(root, "scripts/test-postgres.sh");
const parts = ["chaos", "fuzz", "isolation", "concurrency"] as const;
// `npm run test:reliability -- chaos fuzz` runs those parts only; the others' last figures are printed as they are.
const chosen = process.argv
  .slice(2)
  .filter((a): a is (typeof parts)[number] => (parts as readonly string[]).includes(a));
const running = chosen.length ? chosen : [...parts];

const ownServer = !process.env.TEST_DATABASE_URL;
const databaseUrl =
  process.env.TEST_DATABASE_URL ?? execFileSync(postgres, ["start"], { encoding: "utf8" }).trim();
for (const part of running) rmSync(path.join(figuresDir, `${part}.postgres.json`), { force: true });
let status = 1;
try {
  // One file at a time: the parts measure throughput and timing, and the machine may have two cores.
  const run = spawnSync(
    "npx",
    [
      ...["vitest", "run", "--project", "integration:postgres", "--no-file-parallelism"],
      ...running.map((part) => `test/reliability/${part === "chaos" ? "chaos/chaos" : part}.`),
    ],
    {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, RELIABILITY: "full", TEST_DATABASE_URL: databaseUrl },
    },
  );
  status = run.status ?? 1;
} finally {
  if (ownServer) execFileSync(postgres, ["stop"], { stdio: "inherit" });
}

const figures = Object.fromEntries(
  parts.map((part) => {
    const file = path.join(figuresDir, `${part}.postgres.json`);
    return [part, existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null];
  }),
);
console.log(JSON.stringify(figures, null, 2));
process.exit(status);
