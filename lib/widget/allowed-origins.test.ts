import { describe, expect, it } from "vitest";
import { allowedOriginsInput, toOrigin } from "./allowed-origins";

describe("allowed origins", () => {
  it("takes domains and origins, and stores origins", () => {
    expect(toOrigin("shop.example.com")).toBe("https://shop.example.com");
    expect(toOrigin(" https://Shop.Example.com/ ")).toBe("https://shop.example.com");
    expect(toOrigin("http://localhost:8080")).toBe("http://localhost:8080");
    expect(toOrigin("*.example.com")).toBe("https://*.example.com");
  });

  it("refuses what is not an origin: paths, queries, credentials, other schemes, CSP keywords", () => {
    for (const bad of [
      "https://shop.example.com/cart",
      "shop.example.com?x=1",
      "https://user:pw@shop.example.com",
      "javascript:alert(1)",
      "ftp://shop.example.com",
      "'self'",
      "*",
      "https://shop.example.com; script-src *",
    ]) {
      expect(toOrigin(bad), bad).toBeNull();
    }
  });

  it("parses the textarea: one per line, duplicates once, a bad line named", () => {
    expect(
      allowedOriginsInput.parse({
        origins: "shop.example.com\n\nhttps://shop.example.com\nblog.example.com",
      }),
    ).toEqual({
      origins: ["https://shop.example.com", "https://blog.example.com"],
    });
    const result = allowedOriginsInput.safeParse({ origins: "shop.example.com\nhttps://x.example/path" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ["origins"],
      message: expect.stringContaining("x.example/path"),
    });
  });
});
