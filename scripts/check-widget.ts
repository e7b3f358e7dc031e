// Drives the widget in Chromium against widget/testing/fake-herald.ts (the real API is not needed):
// a customer page on one origin embeds the loader from another; checks the session, page views, presence reports,
// identify, launcher, frame, sending, realtime messages, typing both ways, unread badge, agent-started chat,
// SPA navigation and leave. Run: npx tsx scripts/check-widget.ts   (exit code 1 on failure)
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type FrameLocator, type Page } from "@playwright/test";
import Pusher from "pusher-js";
import { localPusherClientOptions } from "@/lib/realtime/config";
import type { TypingEvent } from "@/lib/realtime/events";
import { signChannel } from "@/lib/realtime/local-server/auth";
import { FAKE, type FakeHerald, startFakeHerald } from "@/widget/testing/fake-herald";

const herald = await startFakeHerald();
const site = createServer((req, res) => {
  res.writeHead(200, { "content-type": "text/html" });
  res.end(`<!doctype html><html><head><title>Acme ${req.url}</title></head><body><h1>Acme</h1>
<script>window.Herald=window.Herald||function(){(Herald.q=Herald.q||[]).push(arguments)};
Herald('identify',{email:'ada@example.com',name:'Ada',signature:'forged'});</script>
<script src="${herald.origin}/widget/loader.js" data-key="${FAKE.key}" async></script></body></html>`);
});
await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
const siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-dev-shm-usage"],
});
const agent = new Pusher(FAKE.app.key, {
  ...localPusherClientOptions({ port: herald.realtime.port }),
  channelAuthorization: {
    customHandler: ({ socketId, channelName }, callback) =>
      callback(null, signChannel(FAKE.app, socketId, channelName)),
  },
});

const step = (name: string) => console.log(`- ${name}`);
const requests = (fake: FakeHerald, path: string) => fake.requests.filter((r) => r.path === path);
async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 5000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

try {
  const context = await browser.newContext();
  context.setDefaultTimeout(8000);
  // A token the server refuses: the loader must forget it and start a new session.
  await context.addInitScript(
    ([key]) =>
      localStorage.getItem(`herald:${key}:token`) ?? localStorage.setItem(`herald:${key}:token`, "x.forged"),
    [FAKE.key],
  );
  const page: Page = await context.newPage();
  const warnings: string[] = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  page.on("pageerror", (e) => warnings.push(`pageerror: ${e.message}`));
  await page.goto(`${siteOrigin}/home`);

  step("session: a refused token is forgotten, one retry without it");
  const launcher = page.getByRole("button", { name: "Open chat" });
  await launcher.waitFor();
  const sessions = requests(herald, "/api/widget/session");
  assert.equal(sessions[0].authorization, "Bearer x.forged"); // a header, never the URL or the body
  assert.equal(sessions[1].authorization, "Bearer");
  assert.equal(await page.evaluate((k) => localStorage.getItem(`herald:${k}:token`), FAKE.key), FAKE.token);

  step("page view with url, title and referrer");
  await until("pageview", () => requests(herald, "/api/widget/pageview").length === 1);
  assert.equal(requests(herald, "/api/widget/pageview")[0].authorization, `Bearer ${FAKE.token}`);
  assert.deepEqual(requests(herald, "/api/widget/pageview")[0].body, {
    key: FAKE.key,
    url: `${siteOrigin}/home`,
    title: "Acme /home",
    referrer: "",
  });

  step("queued identify with a bad signature warns, visitor stays anonymous");
  await until("identify", () => requests(herald, "/api/widget/identify").length === 1);
  assert.equal(requests(herald, "/api/widget/identify")[0].body?.email, "ada@example.com");
  await until("warning", () => warnings.some((w) => w.includes("signature does not match")));

  step("the frame is inserted hidden, and receives herald:init");
  const iframe = page.locator('iframe[title="Chat"]');
  await iframe.waitFor({ state: "attached" });
  assert.equal(await iframe.isVisible(), false);
  const frame: FrameLocator = page.frameLocator('iframe[title="Chat"]');
  await frame
    .getByText("Ask us anything — we usually reply in a few minutes.")
    .waitFor({ state: "attached" });

  step("the launcher opens the chat, keyboard too");
  await launcher.focus();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Close chat" }).waitFor();
  assert.equal(await iframe.isVisible(), true);
  const box = await iframe.boundingBox();
  assert.ok(box && box.width === 370 && box.height === 560, `frame size ${JSON.stringify(box)}`);

  step("the visitor's typing reaches the agent; Enter sends the message");
  const conversation = agent.subscribe(`private-conversation-${FAKE.conversationId}`);
  const typingSeen: TypingEvent[] = [];
  conversation.bind("client-typing", (e: TypingEvent) => typingSeen.push(e));
  const textarea = frame.getByLabel("Message");
  await textarea.fill("Hello there");
  await page.keyboard.press("Enter");
  await until("message POST", () => requests(herald, "/api/widget/messages").length === 1);
  assert.equal(requests(herald, "/api/widget/messages")[0].body?.body, "Hello there");
  const log = frame.getByRole("log");
  await log.getByText("Hello there").waitFor();
  assert.equal(await textarea.inputValue(), "");

  step("Shift+Enter is a newline, not a send");
  await textarea.focus();
  await page.keyboard.type("line 1");
  await page.keyboard.press("Shift+Enter");
  await page.keyboard.type("line 2");
  assert.equal(await textarea.inputValue(), "line 1\nline 2");
  assert.equal(requests(herald, "/api/widget/messages").length, 1);
  await until("visitor typing event", () => typingSeen.some((e) => e.by === "visitor" && e.typing));
  await until("typing:false after 3 s idle", () => typingSeen.some((e) => !e.typing), 6000);

  step("an agent message and the agent typing show up live");
  await until("agent subscribed", () => conversation.subscribed);
  conversation.trigger("client-typing", { by: "agent", name: "Nadia", typing: true } satisfies TypingEvent);
  await frame.getByText("Nadia is typing…").waitFor();
  await herald.agentMessage("Hi! How can I help?");
  await log.getByText("Hi! How can I help?").waitFor();
  await log.getByText("Nadia", { exact: true }).waitFor();
  assert.equal(await frame.getByText("Nadia is typing…").count(), 0);
  await until("read POST", () => requests(herald, "/api/widget/read").length >= 1);

  step("4xx errors are explained");
  await textarea.fill("rate me");
  await frame.getByRole("button", { name: "Send" }).click();
  await frame.getByText("You are sending messages too quickly. Try again in 7 s.").waitFor();
  await textarea.fill("x".repeat(4600));
  await frame.getByText("4,600 / 5,000").waitFor();
  await textarea.fill("x".repeat(5001));
  await frame.getByText("Messages can be at most 5,000 characters.").waitFor();
  await textarea.fill("");

  step("closed: an agent message raises the unread badge");
  await page.getByRole("button", { name: "Close chat" }).click();
  assert.equal(await iframe.isVisible(), false);
  await herald.agentMessage("Are you still there?");
  await until("badge 1", async () => (await launcher.textContent()) === "1");

  step("opening reads it: badge cleared");
  const reads = requests(herald, "/api/widget/read").length;
  await launcher.click();
  await until(
    "badge cleared",
    async () => (await page.getByRole("button", { name: "Close chat" }).textContent()) === "",
  );
  await until("read POST", () => requests(herald, "/api/widget/read").length > reads);

  step("a realtime outage: the conversation is fetched again on reconnect");
  const fetches = requests(herald, "/api/widget/conversation").length;
  await herald.agentMessage("Sent while you were offline", "Nadia", { publish: false });
  await herald.restartRealtime();
  await log.getByText("Sent while you were offline").waitFor({ timeout: 20_000 });
  assert.ok(requests(herald, "/api/widget/conversation").length > fetches);
  assert.equal(await frame.getByText("Reconnecting…").count(), 0);

  step("a presence report at once when the page is hidden, none while nothing changes");
  assert.equal(requests(herald, "/api/widget/heartbeat").length, 0);
  await page.mouse.move(5, 5);
  await page.evaluate(() => {
    Object.defineProperty(document, "hidden", { value: true, configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
  });
  await until("presence report", () => requests(herald, "/api/widget/heartbeat").length >= 1);
  assert.deepEqual(requests(herald, "/api/widget/heartbeat").at(-1)?.body, {
    key: FAKE.key,
    hidden: true,
    idle: false,
  });
  await page.evaluate(() => {
    Object.defineProperty(document, "hidden", { value: false, configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
  });

  step("an agent starting a chat opens the widget");
  await page.getByRole("button", { name: "Close chat" }).click();
  await herald.sdk.trigger(`private-visitor-${FAKE.visitorId}`, "conversation.started", {
    conversationId: FAKE.conversationId,
    agentName: "Nadia",
  });
  await page.getByRole("button", { name: "Close chat" }).waitFor();

  step("SPA navigation reports a page view");
  await page.evaluate(() => history.pushState({}, "", "/pricing"));
  await until("SPA pageview", () => requests(herald, "/api/widget/pageview").length === 2);
  assert.equal(requests(herald, "/api/widget/pageview")[1].body?.url, `${siteOrigin}/pricing`);
  assert.equal(requests(herald, "/api/widget/pageview")[1].body?.referrer, `${siteOrigin}/home`);

  step("leaving sends a beacon");
  await page.goto(`${siteOrigin}/other`);
  await until("leave beacon", () => requests(herald, "/api/widget/leave").length === 1);
  assert.equal(requests(herald, "/api/widget/leave")[0].body?.token, FAKE.token);
  assert.match(requests(herald, "/api/widget/leave")[0].contentType ?? "", /text\/plain/);

  step("after a reload the token is reused and the transcript is back");
  await page.getByRole("button", { name: "Open chat" }).click();
  await page
    .frameLocator('iframe[title="Chat"]')
    .getByRole("log")
    .getByText("Are you still there?")
    .waitFor();
  assert.equal(requests(herald, "/api/widget/session").at(-1)?.authorization, `Bearer ${FAKE.token}`);

  assert.deepEqual(
    warnings.filter((w) => !w.includes("signature does not match")),
    [],
    "no other warnings or page errors",
  );
  console.log("widget check passed");
} finally {
  agent.disconnect();
  await browser.close();
  site.closeAllConnections();
  site.close();
  await herald.close();
}
