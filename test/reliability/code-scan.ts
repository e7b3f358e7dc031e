// What the reliability suite must cover, read from the code rather than listed by hand: every route handler
// file under app/ (with the HTTP methods it exports) and every "use server" module (with its exported actions).
// A new route or action is then in these lists at once, and the suite fails until it is fuzzed or checked.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"] as const;
export type HttpMethod = (typeof methods)[number];

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .filter((file) => !/(^|\/)node_modules\//.test(file) && !/\.test\.tsx?$/.test(file))
    .sort();
}

export interface RouteFile {
  file: string; // app/api/widget/messages/route.ts
  methods: HttpMethod[];
}

// `export async function POST`, `export const POST =`, `export const { GET } = handlers`, `OPTIONS = preflight`.
function exportedMethods(source: string): HttpMethod[] {
  return methods.filter((m) =>
    new RegExp(
      `export\\s+(async\\s+)?function\\s+${m}\\b|export\\s+const\\s+${m}\\b|export\\s+const\\s+\\{[^}]*\\b${m}\\b`,
    ).test(source),
  );
}

export function routeFiles(): RouteFile[] {
  return filesUnder("app", (name) => name === "route.ts" || name === "route.tsx").map((file) => ({
    file,
    methods: exportedMethods(readFileSync(path.join(root, file), "utf8")),
  }));
}

export interface ActionModule {
  file: string; // lib/actions/assign-conversation.ts
  actions: string[]; // its exported functions
}

const useServer = /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/;

export function serverActionModules(): ActionModule[] {
  return ["app", "lib", "components"]
    .flatMap((dir) => filesUnder(dir, (name) => /\.tsx?$/.test(name)))
    .filter((file) => useServer.test(readFileSync(path.join(root, file), "utf8")))
    .map((file) => ({
      file,
      actions: [
        ...readFileSync(path.join(root, file), "utf8").matchAll(
          /export\s+(?:const|(?:async\s+)?function)\s+(\w+)/g,
        ),
      ].map((m) => m[1]),
    }));
}
