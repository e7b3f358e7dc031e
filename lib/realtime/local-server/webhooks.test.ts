// The local server's channel-existence webhooks: signed as Pusher signs them, ordered by time_ms, and a
// channel vacated then occupied again within the delay (a reload, the next page) sends nothing.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, expect, it } from "vitest";
import { isWebhookSignatureValid, type WebhookBody } from "../webhook";
import { createWebhookSender } from "./webhooks";

const app = { key: "k", secret: "s" };
const received: { valid: boolean; body: WebhookBody }[] = [];
const herald = createServer((req, res) => {
  let text = "";
  req.on("data", (chunk) => (text += chunk));
  req.on("end", () => {
    const headers = {
      key: req.headers["x-pusher-key"] as string,
      signature: req.headers["x-pusher-signature"] as string,
    };
    received.push({ valid: isWebhookSignatureValid(app, headers, text), body: JSON.parse(text) });
    res.end("{}");
  });
});
await new Promise<void>((resolve) => herald.listen(0, "127.0.0.1", resolve));
afterAll(() => herald.close());
const url = `http://127.0.0.1:${(herald.address() as AddressInfo).port}/`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const events = () => received.flatMap((r) => r.body.events.map((e) => `${e.name} ${e.channel}`));

it("sends signed, time-ordered existence events; a quick vacate-and-reoccupy sends nothing", async () => {
  const sender = createWebhookSender(app, url, 100);
  sender.channelExistence("private-visitor-a", true);
  sender.channelExistence("private-visitor-b", true);
  await sleep(50);
  sender.channelExistence("private-visitor-a", false); // a reload: back within the delay
  sender.channelExistence("private-visitor-a", true);
  sender.channelExistence("private-visitor-b", false); // gone for good
  await sleep(300);
  expect(events()).toEqual([
    "channel_occupied private-visitor-a",
    "channel_occupied private-visitor-b",
    "channel_vacated private-visitor-b",
  ]);
  expect(received.every((r) => r.valid)).toBe(true);
  const times = received.map((r) => r.body.time_ms);
  expect([...times].sort((x, y) => x - y)).toEqual(times);
  expect(new Set(times).size).toBe(times.length);
});
