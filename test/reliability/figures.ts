// The suite's size and its figures. `npm run test:reliability` sets RELIABILITY=full (the numbers);
// inside `npm test` the same tests run reduced. Each part writes its figures where run.ts collects them.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

export const fullRun = process.env.RELIABILITY === "full";

export const size = (reduced: number, full: number) => (fullRun ? full : reduced);

export const figuresDir = path.resolve(import.meta.dirname, "../../.data/reliability");

export function recordFigures(part: string, figures: Record<string, unknown>) {
  mkdirSync(figuresDir, { recursive: true });
  const driver = process.env.TEST_DB_DRIVER ?? "pglite";
  writeFileSync(path.join(figuresDir, `${part}.${driver}.json`), JSON.stringify(figures));
  console.log(`[reliability] ${part} (${driver}): ${JSON.stringify(figures)}`);
}
