// Regression (check-email prerendered at build): a page that reads the install's configuration (lib/env)
// must render per request. Prerendered, Next evaluates it during `next build`, so the page shows the build
// machine's configuration forever and a build without production secrets fails (/sign-in/check-email did
// both: capture mode decided at build, "AUTH_SECRET is required" from `next build`).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

const pages = readdirSync(path.join(root, "app"), { recursive: true, encoding: "utf8" })
  .filter((file) => /(^|\/)page\.tsx$/.test(file))
  .map((file) => ({ file, source: readFileSync(path.join(root, "app", file), "utf8") }))
  .filter(({ source }) => /from "@\/lib\/env"/.test(source));

// What makes Next render a page per request: the explicit opt-in, or reading the request itself.
const rendersPerRequest = (source: string) =>
  /export const dynamic = "force-dynamic"/.test(source) ||
  /\bsearchParams\b|\bheaders\(\)|\bcookies\(\)|\bconnection\(\)|\bauth\(\)|requireSession|requireAdmin|requireMember\(/.test(
    source,
  );

describe("pages that read the configuration", () => {
  it("finds them (the scan is not empty)", () => {
    expect(pages.map((p) => p.file)).toContain("(auth)/sign-in/check-email/page.tsx");
  });

  it.each(pages.map((p) => [p.file, p.source]))("%s renders per request", (_file, source) => {
    expect(rendersPerRequest(source)).toBe(true);
  });
});
