// Visitor follow-ups end to end (issue 11): its own production server wired to the sandbox mailbox (Resend's API,
// signed webhooks) and the push sandbox (FCM / APNs), both run by this spec. A visitor gives their email in the
// widget, the agent replies, the visitor hides the page: the email names the agent; a reply from the mailbox
// lands in the agent's conversation; the hosted /c/… link continues the chat. Then the FU3 device path.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { type AppServer, startApp } from "../bench/support/server";
import { type PushSandbox, SANDBOX_BUNDLE_ID, startPushSandbox } from "../lib/integrations/push-sandbox";
import { type ResendSandbox, startResendSandbox } from "../lib/integrations/resend/sandbox";
import { generateWebhookSecret } from "../lib/integrations/resend/webhook-signature";
import { DEMO_PASSWORD } from "./support";

let app: AppServer;
let mailbox: ResendSandbox;
let push: PushSandbox;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const webhookSecret = generateWebhookSecret();
  mailbox = await startResendSandbox({
    webhookUrl: () => `${app.origin}/api/webhooks/resend`,
    webhookSecret,
  });
  push = await startPushSandbox();
  app = await startApp(
    {
      RESEND_API_KEY: "re_sandbox",
      RESEND_BASE_URL: mailbox.url,
      RESEND_WEBHOOK_SECRET: webhookSecret,
      FCM_API_URL: push.fcm.url,
      APNS_API_URL: push.apns.url,
      HERALD_DEMO: "true",
    },
    { demo: true, host: "localhost" },
  );
});

test.afterAll(async () => {
  await app?.stop();
  await mailbox?.close();
  await push?.close();
});

const open = async (browser: Browser) => (await browser.newContext({ baseURL: app.origin })).newPage();
const chatFrame = (page: Page) => page.frameLocator('iframe[title="Chat"]');

async function agent(browser: Browser) {
  const page = await open(browser);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("ada@acme.test");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  return page;
}

// Headless Chromium never hides a page by itself: make it look hidden, as switching tabs would.
const hide = (page: Page) =>
  page.evaluate(() => {
    Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
    Object.defineProperty(document, "hidden", { value: true, configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
  });

// The visitor asks (and, when `email` is given, answers "Get the reply by email"), then closes the chat so the
// agent's reply stays unread; the agent answers from the inbox.
async function askAndGetAnswered(browser: Browser, question: string, answer: string, email?: string) {
  const visitor = await open(browser);
  await visitor.goto("/demo");
  await visitor.getByRole("button", { name: "Open chat" }).click();
  const frame = chatFrame(visitor);
  await frame.getByLabel("Message").fill(question);
  await frame.getByRole("button", { name: "Send" }).click();
  await expect(frame.getByRole("log")).toContainText(question);
  if (email) {
    await frame.getByLabel("Get the reply by email").fill(email);
    await frame.getByRole("button", { name: "Save" }).click();
    await expect(frame.getByLabel("Get the reply by email")).toBeHidden();
  }
  await visitor.getByRole("button", { name: "Close chat" }).click();
  const inbox = await agent(browser);
  await inbox.goto("/inbox?view=all");
  await inbox.getByRole("listitem").filter({ hasText: question }).getByRole("link").click();
  await expect(inbox.getByRole("log")).toContainText(question);
  await inbox.getByLabel("Reply").fill(answer);
  await inbox.getByRole("button", { name: "Send" }).click();
  await expect(inbox.getByRole("log")).toContainText(answer);
  return { visitor, inbox };
}

test("FU1, FU4, FU6, FU8: the visitor who left gets the email, replies by email, and continues from the link", async ({
  browser,
}) => {
  const address = `visitor-${Date.now()}@example.test`;
  const answer = "Yes, we ship to Norway in 3 days.";
  const { visitor, inbox } = await askAndGetAnswered(
    browser,
    `Shipping to Norway? ${Date.now()}`,
    answer,
    address,
  );
  await hide(visitor);

  await expect
    .poll(() => mailbox.sent.filter((e) => e.to.includes(address)).length, { timeout: 30_000 })
    .toBe(1);
  const [email] = mailbox.sent.filter((e) => e.to.includes(address));
  expect(email.subject).toMatch(/^Ada .* replied to your chat/);
  expect(email.text).toContain(answer);
  expect(email.reply_to[0]).toMatch(/^reply\+[a-z0-9_-]+@/);

  // The visitor answers from their mail client: Resend's signed email.received reaches Herald.
  const reply = `Great, ordering now ${Date.now()}`;
  expect(await mailbox.reply(email.id, `${reply}\n\nOn Tue, Ada wrote:\n> ${answer}`)).toBe(200);
  await expect(inbox.getByRole("log")).toContainText(reply, { timeout: 15_000 });

  // The email's link opens the conversation as a full page, where the chat goes on.
  const link = /https?:\/\/[^"\s]+\/c\/[0-9a-f-]{36}\.[\w-]+/.exec(email.html ?? email.text ?? "")?.[0];
  expect(link).toBeTruthy();
  const hosted = await open(browser);
  await hosted.goto(new URL(link ?? "", app.origin).pathname);
  await expect(hosted.getByRole("log")).toContainText(answer, { timeout: 15_000 });
  const more = `One more question ${Date.now()}`;
  await hosted.getByLabel("Message").fill(more);
  await hosted.getByRole("button", { name: "Send" }).click();
  await expect(inbox.getByRole("log")).toContainText(more, { timeout: 15_000 });
});

test("FU3: with the visitor's app registered, the follow-up is a push to the phone, which acknowledges it", async ({
  browser,
}) => {
  // An admin saves the FCM service account (the sandbox's) in Settings → Follow-ups.
  const admin = await agent(browser);
  await admin.goto("/settings/follow-ups");
  await admin.getByLabel("Firebase service account (JSON)").fill(JSON.stringify(push.fcm.serviceAccount));
  await admin.getByRole("button", { name: "Save FCM credentials" }).click();
  await expect(admin.getByText("FCM credentials saved.")).toBeVisible();

  const { visitor } = await askAndGetAnswered(browser, `Do you have a mobile app? ${Date.now()}`, "We do!");
  // The customer's app registers this visitor's phone with the visitor's widget token (docs/mobile-sdk.md).
  const { token, key } = await visitor.evaluate(() => {
    const k = document.querySelector<HTMLScriptElement>("script[data-key]")?.dataset.key ?? "";
    return { key: k, token: localStorage.getItem(`herald:${k}:token`) ?? "" };
  });
  const deviceToken = `e2e-phone-${Date.now()}`;
  const registered = await fetch(`${app.origin}/api/mobile/devices`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ key, provider: "fcm", deviceToken, appId: SANDBOX_BUNDLE_ID }),
  });
  expect(registered.status).toBe(201);
  await hide(visitor);

  await expect
    .poll(() => push.phone.pushes.filter((p) => p.token === deviceToken).length, { timeout: 30_000 })
    .toBe(1);
  const [received] = push.phone.pushes.filter((p) => p.token === deviceToken);
  expect(received.data.herald).toBe("1");
  const ack = await fetch(received.data.receipt_url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ key, deliveryId: received.data.herald_delivery_id }),
  });
  expect(ack.status).toBe(204);
});
