import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { findWorkspaceByPublicKey, updateWidgetSettings } from "@/db/queries/workspaces";
import { DEMO_PUBLIC_KEY } from "@/db/seed";
import { forgetWidgetWorkspace } from "@/lib/widget/workspace-cache";
import { useAsAppDb } from "@/test/app-db";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { GET } from "./route";

let conn: Connection;
beforeAll(async () => {
  conn = await createTestDb();
  useAsAppDb(conn);
  await seedDemoWorkspace(conn.db);
});
afterAll(() => conn.close());

const frame = (key = DEMO_PUBLIC_KEY) =>
  GET(new Request(`http://localhost/widget/frame?key=${encodeURIComponent(key)}`));

describe("GET /widget/frame", () => {
  it("serves an embeddable HTML page that loads frame.js and nothing of Next", async () => {
    const res = await frame();
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors *"); // no allowed domains yet: any site
    expect(csp).toContain("script-src 'self'");
    expect(res.headers.get("x-frame-options")).toBeNull();
    const html = await res.text();
    expect(html).toContain('<script src="/widget/frame.js" defer></script>');
    expect(html).not.toContain("_next");
  });

  it("has the accessible names the end-to-end tests rely on", async () => {
    const html = await (await frame()).text();
    expect(html).toContain('role="log"');
    expect(html).toContain('<label class="sr" for="message">Message</label>');
    expect(html).toContain('<button id="send" type="submit">Send</button>');
    expect(html).toContain("<title>Chat</title>");
  });

  it("may be framed only by the workspace's allowed site origins once it has some", async () => {
    const workspace = await findWorkspaceByPublicKey(conn.db, DEMO_PUBLIC_KEY);
    if (!workspace) throw new Error("demo workspace missing");
    const origins = ["https://shop.example.com", "https://*.globex.example"];
    await updateWidgetSettings(conn.db, workspace.id, { allowedOrigins: origins });
    forgetWidgetWorkspace(conn.db, DEMO_PUBLIC_KEY);
    try {
      const csp = (await frame()).headers.get("content-security-policy") ?? "";
      expect(csp).toContain(`frame-ancestors ${origins.join(" ")}`);
      expect(csp).not.toContain("frame-ancestors *");
    } finally {
      await updateWidgetSettings(conn.db, workspace.id, { allowedOrigins: [] });
      forgetWidgetWorkspace(conn.db, DEMO_PUBLIC_KEY);
    }
  });

  it("an unknown key is a 404 that no site may frame", async () => {
    const res = await frame("pk_nobody");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});
