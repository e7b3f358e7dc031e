// The agent-side experience of notifications (issue 4): a visitor's message reaching agents whose app is in the
// background as a browser notification (IC5), nothing for an agent on Do Not Disturb, and the settings pages.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { browserNotificationsOf, memberTab, signIn } from "./support";

// A CRM sync the CRM spec started may still be writing through PGlite's one connection (a known issue, noted
// in the closing note): a visitor's first message can wait behind it.
const crmSyncMayHoldTheDatabase = { timeout: 30_000 };

const SALES = ["luca@acme.test", "matteo@acme.test", "nadia@acme.test"];

const backgroundAgent = (browser: Browser, email: string) => memberTab(browser, email, "/inbox", true);
const notificationsOf = browserNotificationsOf;

async function visitorWrites(browser: Browser, text: string, as?: "Jane Cooper") {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/demo");
  if (as) {
    await page.getByRole("button", { name: as }).click();
    await page.waitForLoadState("load");
  }
  await page.getByRole("button", { name: "Open chat" }).click();
  const frame = page.frameLocator('iframe[title="Chat"]');
  await frame.getByLabel("Message").fill(text);
  await frame.getByRole("button", { name: "Send" }).click();
  await expect(frame.getByRole("log")).toContainText(text, crmSyncMayHoldTheDatabase);
  return context;
}

async function setAvailability(page: Page, choice: string) {
  await page.goto("/settings/availability");
  await page.getByRole("main").getByRole("button", { name: choice }).click();
  await expect(page.getByRole("main").getByRole("status").first()).toContainText(
    choice === "Available" ? "Available" : "Do Not Disturb",
  );
}

test("IC5, LV5, X5: a visitor's chat reaches Sales agents in the background as a browser notification naming her and her first words, not one on DND", async ({
  browser,
}) => {
  const agents = await Promise.all(SALES.map((email) => backgroundAgent(browser, email)));

  // (a) Whoever round-robin picks, the whole group hears of a new conversation (IC1), each as a browser
  // notification since every app is open but not in front: who wrote (Jane, of Globex) and what.
  const words = `Do you ship to Peru? ${Date.now()}`;
  const first = await visitorWrites(browser, words, "Jane Cooper");
  for (const agent of agents) {
    await expect
      .poll(() => notificationsOf(agent))
      .toContainEqual({ title: "New chat from Jane Cooper of Globex", body: words });
  }
  await first.close();

  // (b) Nadia turns on Do Not Disturb: the next chat reaches the others, and nothing interrupts her.
  const nadia = agents[2];
  const dndPage = await nadia.context().newPage();
  await setAvailability(dndPage, "Do Not Disturb until I turn it off");
  await dndPage.close();
  const before = (await notificationsOf(nadia)).length;
  const second = await visitorWrites(browser, `Do you ship to Chile? ${Date.now()}`);
  for (const agent of agents.slice(0, 2)) {
    await expect.poll(async () => (await notificationsOf(agent)).length).toBe(2);
  }
  await nadia.waitForTimeout(1_000);
  expect(await notificationsOf(nadia)).toHaveLength(before);
  await second.close();

  const restore = await nadia.context().newPage();
  await setAvailability(restore, "Available");
  for (const agent of agents) await agent.context().close();
});

test("IC2: the notification matrix persists after reload, and resets to the workspace default", async ({
  page,
}) => {
  await signIn(page, "nadia@acme.test");
  await page.goto("/settings/notifications");
  const email = page.getByLabel("Email: Conversations assigned to me", { exact: true });
  await expect(email).toBeChecked();
  await expect(page.getByText("In-app notifications are always on")).toBeVisible();
  await email.uncheck();
  const reset = page.getByRole("button", {
    name: "Reset Email: Conversations assigned to me to workspace default",
  });
  await expect(reset).toBeVisible();

  await page.reload();
  await expect(email).not.toBeChecked();
  await reset.click();
  await expect(reset).toBeHidden();
  await page.reload();
  await expect(email).toBeChecked();
  // Not an admin: no workspace defaults section.
  await expect(page.getByRole("heading", { name: "Workspace defaults" })).toBeHidden();
});

test("LV3, LV4: the workspace toggle hides the Live View toggle on /live when off", async ({ page }) => {
  await signIn(page, "ada@acme.test");
  await page.goto("/live");
  const mine = page.getByRole("switch", { name: "Notify me about my accounts' visitors" });
  await expect(mine).toBeChecked();

  await page.goto("/settings/team");
  const workspace = page.getByRole("switch", { name: "Live View Notifications" });
  await expect(workspace).toBeChecked();
  await workspace.uncheck();
  await expect(workspace).not.toBeChecked();
  await page.goto("/live");
  await expect(page.getByRole("heading", { name: "Live" })).toBeVisible();
  await expect(mine).toBeHidden();

  await page.goto("/settings/team");
  await workspace.check();
  await expect(workspace).toBeChecked();
  await page.goto("/live");
  await expect(mine).toBeVisible();
});
