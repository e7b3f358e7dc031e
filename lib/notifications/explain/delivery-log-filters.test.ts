import { describe, expect, it } from "vitest";
import { deliveryLogHref, parseDeliveryLogQuery } from "./delivery-log-filters";

describe("delivery log filters in the URL", () => {
  it("X1: keeps known values, drops unknown ones instead of failing", () => {
    const q = parseDeliveryLogQuery({ reason: "dnd", channel: "carrier_pigeon", after: "not-a-uuid" });
    expect(q).toEqual({ reason: "dnd" });
  });

  it("builds the next page's link without losing the filters, and a cleared one without it", () => {
    const q = parseDeliveryLogQuery({ reason: "dnd", event: "message.created" });
    const id = "5b1f7c1e-8a3c-4b8e-9a0e-2f7d5c1b2a3d";
    expect(deliveryLogHref(q, { after: id })).toBe(
      `/settings/deliveries?reason=dnd&event=message.created&after=${id}`,
    );
    expect(deliveryLogHref(q, { reason: undefined })).toBe("/settings/deliveries?event=message.created");
  });
});
