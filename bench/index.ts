// `npm run bench`: runs every benchmark in its own process and prints their figures as one JSON array.
// Each bench prints one JSON object on its last line of output.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const dir = import.meta.dirname;
const only = process.argv[2];
const benches = readdirSync(dir).filter(
  (f) => f.endsWith(".ts") && f !== "index.ts" && (!only || f.includes(only)),
);

const results = benches.map((file) => {
  const out = execFileSync(process.execPath, ["--import", "tsx", path.join(dir, file)], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const last = out.trim().split("\n").at(-1) ?? "{}";
  return JSON.parse(last) as Record<string, unknown>;
});
console.log(JSON.stringify(results, null, 2));
