import { describe, expect, it } from "vitest";
import { GET } from "./route";

describe("GET /widget/frame", () => {
  it("serves an embeddable HTML page that loads frame.js and nothing of Next", async () => {
    const res = GET();
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors *");
    expect(csp).toContain("script-src 'self'");
    expect(res.headers.get("x-frame-options")).toBeNull();
    const html = await res.text();
    expect(html).toContain('<script src="/widget/frame.js" defer></script>');
    expect(html).not.toContain("_next");
  });

  it("has the accessible names the end-to-end tests rely on", async () => {
    const html = await GET().text();
    expect(html).toContain('role="log"');
    expect(html).toContain('<label class="sr" for="message">Message</label>');
    expect(html).toContain('<button id="send" type="submit">Send</button>');
    expect(html).toContain("<title>Chat</title>");
  });
});
