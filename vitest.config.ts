import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests (*.test.ts) run alone; integration tests (*.int.test.ts) run on PGlite in memory and again on a real
// PostgreSQL server when TEST_DATABASE_URL is set; PostgreSQL-only tests (*.pg.test.ts: the reliability suite's
// chaos and concurrency runs, which need several processes or connections on one database) run with the latter.
// Under CI the PostgreSQL run may not be skipped.
const postgresUrl = process.env.TEST_DATABASE_URL;
if (process.env.CI && !postgresUrl) {
  throw new Error(
    "CI must set TEST_DATABASE_URL: the integration suite has to run on PostgreSQL too (.ci/run does).",
  );
}

const alias = {
  "@": path.resolve(import.meta.dirname),
  "server-only": path.resolve(import.meta.dirname, "test/empty.ts"),
};
const exclude = ["node_modules/**", ".next/**", "e2e/**", ".data/**"];
// next-auth imports "next/server" without an extension, which Node's ESM resolver refuses: let Vite resolve it.
const server = { deps: { inline: ["next-auth"] } };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["**/*.test.ts", "**/*.test.tsx"],
          exclude: [...exclude, "**/*.int.test.ts", "**/*.pg.test.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration:pglite",
          include: ["**/*.int.test.ts"],
          exclude,
          env: { TEST_DB_DRIVER: "pglite" },
          server,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(postgresUrl
        ? [
            {
              resolve: { alias },
              test: {
                name: "integration:postgres",
                include: ["**/*.int.test.ts", "**/*.pg.test.ts"],
                exclude,
                env: { TEST_DB_DRIVER: "postgres" },
                server,
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
    ],
  },
});
