// The sandbox's page and its "Reply in thread" form: the reply reaches Herald as a signed Events API event.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifySlackSignature } from "../signature";
import { type SlackSandbox, startSlackSandbox } from "./server";

const received: { body: string; timestamp: string; signature: string }[] = [];
const herald = createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    received.push({
      body,
      timestamp: String(req.headers["x-slack-request-timestamp"]),
      signature: String(req.headers["x-slack-signature"]),
    });
    res.end("ok");
  });
});
let sandbox: SlackSandbox;
let pageUrl: string;

beforeAll(async () => {
  await new Promise<void>((r) => herald.listen(0, "127.0.0.1", r));
  const { port } = herald.address() as AddressInfo;
  sandbox = await startSlackSandbox({ eventsUrl: `http://127.0.0.1:${port}/api/webhooks/slack/events` });
  pageUrl = sandbox.url.replace(/api\/$/, "");
});
afterAll(async () => {
  await sandbox.close();
  herald.close();
});

describe("the Slack sandbox page", () => {
  it("lists a channel's threads and sends a reply in one as a signed message event", async () => {
    sandbox.workspace.messages.push({
      channel: "C0SALES",
      ts: "1700000000.000100",
      user: "U0HERALDBOT",
      text: "New chat",
    });
    const page = await (await fetch(pageUrl)).text();
    expect(page).toContain("#sales");
    expect(page).toContain("New chat");
    const form = new URLSearchParams({
      channel: "C0SALES",
      thread_ts: "1700000000.000100",
      user: "U0NADIA",
      text: "On it",
    });
    const answer = await fetch(`${pageUrl}reply`, { method: "POST", body: form, redirect: "manual" });
    expect(answer.status).toBe(303);
    const [event] = received;
    const check = verifySlackSignature({
      signingSecret: sandbox.workspace.signingSecret,
      timestamp: event.timestamp,
      signature: event.signature,
      rawBody: event.body,
      now: new Date(),
    });
    expect(check).toEqual({ ok: true });
    expect(JSON.parse(event.body).event).toMatchObject({
      type: "message",
      user: "U0NADIA",
      channel: "C0SALES",
      text: "On it",
      thread_ts: "1700000000.000100",
    });
  });
});
