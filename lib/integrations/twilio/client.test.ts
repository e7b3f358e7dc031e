// TWILIO_API_URL: the real SDK's requests go to another origin (a proxy, the sandbox), path prefix kept, Basic auth
// and the StatusCallback on APP_URL included.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { textSender } from "./client";

const seen: { path: string; auth: string | undefined; form: URLSearchParams }[] = [];
const server = createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  seen.push({
    path: req.url ?? "",
    auth: req.headers.authorization,
    form: new URLSearchParams(Buffer.concat(chunks).toString()),
  });
  res.writeHead(201, { "content-type": "application/json" });
  res.end(JSON.stringify({ sid: `SM${"0".repeat(32)}`, status: "queued" }));
});
let base = "";
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

it("sends through TWILIO_API_URL (a proxy with a path) with the account's Basic auth and a StatusCallback on APP_URL", async () => {
  const sender = textSender({
    TWILIO_ACCOUNT_SID: "AC123",
    TWILIO_AUTH_TOKEN: "token",
    TWILIO_FROM: undefined,
    TWILIO_MESSAGING_SERVICE_SID: "MG456",
    TWILIO_WHATSAPP_FROM: undefined,
    TWILIO_API_URL: `${base}/twilio-proxy/`,
    APP_URL: "https://chat.example.com",
  });
  expect(sender?.whatsapp).toBe(false);
  const result = await sender?.send({ channel: "sms", to: "+14155550100", body: "Hello" });
  expect(result).toEqual({ ok: true, sid: `SM${"0".repeat(32)}`, status: "queued" });
  expect(seen[0].path).toBe("/twilio-proxy/2010-04-01/Accounts/AC123/Messages.json");
  expect(seen[0].auth).toBe(`Basic ${Buffer.from("AC123:token").toString("base64")}`);
  expect(Object.fromEntries(seen[0].form)).toEqual({
    To: "+14155550100",
    MessagingServiceSid: "MG456",
    Body: "Hello",
    StatusCallback: "https://chat.example.com/api/webhooks/twilio/status",
  });
});

it("is capture mode (null) without an account", () => {
  expect(
    textSender({
      TWILIO_ACCOUNT_SID: undefined,
      TWILIO_AUTH_TOKEN: undefined,
      TWILIO_FROM: undefined,
      TWILIO_MESSAGING_SERVICE_SID: undefined,
      TWILIO_WHATSAPP_FROM: undefined,
      TWILIO_API_URL: undefined,
      APP_URL: "http://localhost:3000",
    }),
  ).toBeNull();
});
