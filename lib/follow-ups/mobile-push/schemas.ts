// The mobile API's request bodies (docs/mobile-sdk.md): the same `key` + Bearer visitor token as the widget API.
// `deviceToken`, not `token`: in the widget API's bodies `token` is the visitor token (beacons).
import { z } from "zod";
import { mobilePushProviders } from "@/db/schema";
import { visitorRequest } from "@/lib/widget/schemas";

const provider = z.enum(mobilePushProviders, { message: "Must be fcm or apns" });

export const deviceRequest = visitorRequest.extend({
  provider,
  deviceToken: z
    .string({ message: "The device's push token is required" })
    .trim()
    .min(8, "Must be the device's push token")
    .max(4_096)
    .regex(/^[\w:.-]+$/, "Must be the device's push token"),
});

export const registerDeviceRequest = deviceRequest
  .extend({
    appId: z
      .string({ message: "The app id is required (the bundle id on iOS, the package name on Android)" })
      .trim()
      .min(1)
      .max(255)
      .regex(/^[\w.-]+$/, "Must be a bundle id or package name"),
    // APNs only: a debug build's token belongs to Apple's development environment.
    environment: z
      .enum(["production", "development"], { message: "Must be production or development" })
      .default("production"),
  })
  .refine((v) => v.provider !== "apns" || /^[0-9a-f]{64,200}$/i.test(v.deviceToken), {
    path: ["deviceToken"],
    message: "An APNs device token is hexadecimal",
  });

export const pushReceiptRequest = visitorRequest.extend({
  deliveryId: z.uuid({ message: "Must be the herald_delivery_id the push carried" }),
});
