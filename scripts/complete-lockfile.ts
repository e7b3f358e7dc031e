// Restores package-lock.json entries for other platforms' native binaries (macOS/Windows builds of biome,
// next's swc, tailwind's oxide…). The npm registry mirror here does not serve them, so `npm install` drops
// them from the lock, and then `npm ci` refuses the lock as out of sync with package.json. Each restored
// entry carries os/cpu/libc, so npm skips it on other platforms without fetching anything.
// Run after `npm install` changed the lock: `npx tsx scripts/complete-lockfile.ts`.
import { readFileSync, writeFileSync } from "node:fs";

type LockEntry = {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  cpu?: string[];
  os?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
};

const file = "package-lock.json";
const lock = JSON.parse(readFileSync(file, "utf8")) as { packages: Record<string, LockEntry> };

// The platform is spelled in the package name by every one of these projects, e.g. cli-linux-x64-musl.
function platformOf(name: string): Pick<LockEntry, "os" | "cpu" | "libc"> {
  const base = name.split("/").pop() ?? name;
  const os = ["android", "darwin", "win32", "freebsd", "linux"].find((o) => base.includes(o));
  const cpu = ["wasm32", "arm64", "x64", "ia32", "arm"].find((c) => base.includes(c));
  if (!cpu) throw new Error(`Cannot tell the CPU of ${name}: add its lock entry by hand.`);
  const libc = os === "linux" ? [base.includes("musl") ? "musl" : "glibc"] : undefined;
  return { cpu: [cpu], ...(libc ? { libc } : {}), ...(os ? { os: [os] } : {}) };
}

const added: string[] = [];
for (const parent of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(parent.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (lock.packages[key]) continue;
    lock.packages[key] = {
      version,
      ...(parent.dev ? { dev: true } : {}),
      optional: true,
      ...platformOf(name),
    };
    added.push(`${name}@${version}`);
  }
}

// npm writes the root ("") first, then the paths in alphabetical order.
const keys = Object.keys(lock.packages).sort((a, b) =>
  a === "" ? -1 : b === "" ? 1 : a.localeCompare(b, "en"),
);
lock.packages = Object.fromEntries(keys.map((key) => [key, lock.packages[key]]));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `Restored ${added.length} entries: ${added.join(", ")}` : "Lock file complete.");
