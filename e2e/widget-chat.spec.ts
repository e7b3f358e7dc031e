// A visitor on the demo site and a teammate in the app, in two browser contexts (issue: widget, chat, Live Views).
import { type Browser, expect, type Page, test } from "@playwright/test";
import { signIn } from "./support";

async function visitorPage(
  browser: Browser,
  as: "anonymous" | "jane" = "anonymous",
  path = "/demo",
): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(path);
  if (as === "jane") {
    await page.getByRole("button", { name: /Jane Cooper/ }).click();
    await page.waitForLoadState("load");
  }
  await expect(page.getByRole("button", { name: "Open chat" })).toBeVisible();
  return page;
}

async function agentPage(browser: Browser, email = "ada@acme.test"): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

const chatFrame = (page: Page) => page.frameLocator('iframe[title="Chat"]');

test("a visitor on /demo and an agent in the inbox chat both ways in real time", async ({ browser }) => {
  const visitor = await visitorPage(browser);
  await visitor.getByRole("button", { name: "Open chat" }).click();
  const frame = chatFrame(visitor);
  const question = `Do you ship to Norway? ${Date.now()}`;
  await frame.getByLabel("Message").fill(question);
  await frame.getByRole("button", { name: "Send" }).click();
  await expect(frame.getByRole("log")).toContainText(question);

  const agent = await agentPage(browser);
  await agent.goto("/inbox?view=all");
  // The row's link is named by the visitor; the preview beside it says which conversation it is.
  await agent.getByRole("listitem").filter({ hasText: question }).getByRole("link").click();
  const transcript = agent.getByRole("log");
  await expect(transcript).toContainText(question);

  await agent.getByLabel("Reply").fill("Yes, in 3 to 5 days.");
  await agent.getByRole("button", { name: "Send" }).click();
  await expect(frame.getByRole("log")).toContainText("Yes, in 3 to 5 days.");
  await expect(frame.getByRole("log")).toContainText("Ada Admin");

  // The agent's open transcript updates without a reload, and visitor text stays text.
  await frame.getByLabel("Message").fill("<b>Great</b>, thanks!");
  await frame.getByRole("button", { name: "Send" }).click();
  await expect(transcript).toContainText("<b>Great</b>, thanks!");
  await expect(transcript.locator("b")).toHaveCount(0);
  await visitor.context().close();
});

test("an agent starts a chat from Live Views and the visitor's widget shows it", async ({ browser }) => {
  const visitor = await visitorPage(browser, "jane");
  const agent = await agentPage(browser, "nadia@acme.test");
  await agent.goto("/live");
  const row = agent.getByRole("row").filter({ hasText: "Jane Cooper" }).first();
  await expect(row).toContainText("Online");
  await row.getByRole("button", { name: /Start chat with Jane/ }).click();
  const greeting = `Hi Jane, can I help with the Pro plan? ${Date.now()}`;
  await agent.getByRole("dialog").getByRole("textbox").fill(greeting);
  await agent.getByRole("dialog").getByRole("button", { name: "Send" }).click();
  await expect(agent).toHaveURL(/\/inbox\/[0-9a-f-]+/);

  // Within seconds the widget opens by itself with the agent's message.
  await expect(chatFrame(visitor).getByRole("log")).toContainText(greeting, { timeout: 5_000 });
  await expect(visitor.getByRole("button", { name: "Close chat" })).toBeVisible();
  await visitor.context().close();
});

// Issue 14: presence follows the visitor's page by events, not a 15 s heartbeat.
test("a visitor who hides the page is Offline on Live Views within 2 s, Online on return, Offline on close", async ({
  browser,
}) => {
  // On a page no other test visits, so this visitor's row is the only one showing it.
  const visitor = await visitorPage(browser, "anonymous", "/demo/docs");
  const agent = await agentPage(browser);
  await agent.goto("/live");
  const row = agent.getByRole("row").filter({ hasText: "/demo/docs" });
  await expect(row).toContainText("Online");
  // The chat frame is connected (its realtime connection is what tells Herald the page is still open).
  await expect(visitor.locator('iframe[title="Chat"]')).toBeAttached();

  // Headless Chromium never hides a page by itself: make it look hidden, as switching tabs would.
  const setHidden = (hidden: boolean) =>
    visitor.evaluate((value) => {
      Object.defineProperty(document, "visibilityState", {
        value: value ? "hidden" : "visible",
        configurable: true,
      });
      Object.defineProperty(document, "hidden", { value, configurable: true });
      document.dispatchEvent(new Event("visibilitychange"));
    }, hidden);
  await setHidden(true);
  await expect(row).toContainText("Offline", { timeout: 2_000 });
  await setHidden(false);
  await expect(row).toContainText("Online", { timeout: 2_000 });

  // Closing the tab: its connection ends and the realtime server's channel_vacated webhook says so.
  await visitor.context().close();
  await expect(row).toContainText("Offline", { timeout: 5_000 });
});
