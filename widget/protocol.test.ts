import { describe, expect, it } from "vitest";
import { parseLoaderMessage } from "./protocol";

describe("parseLoaderMessage", () => {
  it("accepts init and visibility", () => {
    expect(parseLoaderMessage({ type: "herald:init", key: "pk_1", token: "v.sig", visitorId: "v" })).toEqual({
      type: "herald:init",
      key: "pk_1",
      token: "v.sig",
      visitorId: "v",
    });
    expect(parseLoaderMessage({ type: "herald:visibility", open: true })).toEqual({
      type: "herald:visibility",
      open: true,
    });
  });

  it("refuses incomplete or foreign messages", () => {
    for (const data of [
      undefined,
      { type: "herald:init", key: "pk_1", token: "", visitorId: "v" },
      { type: "herald:init", key: "pk_1", token: "t" },
      { type: "herald:init", key: "x".repeat(501), token: "t", visitorId: "v" },
      { type: "herald:visibility", open: "yes" },
      { type: "herald:ready" },
    ]) {
      expect(parseLoaderMessage(data)).toBeNull();
    }
  });
});
