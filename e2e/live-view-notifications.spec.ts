// Live View Notifications end to end (LV1, LV2, LV6, LV8, X5): Jane (a Globex contact) browsing /demo alerts
// Nadia, Globex's owner in the seed, by name, account and page, and nobody else. Also the push and email tests
// of Settings → Notifications.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { browserNotificationsOf, memberTab, signIn } from "./support";

async function member(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  await context.grantPermissions(["notifications"]);
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

// LV5 would rightly keep her alert back if an earlier test left her on Do Not Disturb or off her weekly schedule.
async function makeAvailable(page: Page) {
  await page.goto("/settings/availability");
  await page.getByRole("main").getByRole("button", { name: "Available" }).click();
  const schedule = page.getByRole("form", { name: "Weekly schedule" });
  const useSchedule = schedule.getByLabel("Use my weekly schedule");
  if (await useSchedule.isChecked()) {
    await useSchedule.uncheck();
    await schedule.getByRole("button", { name: "Save schedule" }).click();
    await expect(schedule.getByText("Availability saved.")).toBeVisible();
  }
}

async function janeBrowsesDemo(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/demo");
  await page.getByRole("button", { name: /Jane Cooper/ }).click();
  await page.waitForLoadState("load");
  await expect(page.getByRole("button", { name: "Open chat" })).toBeVisible();
  return page;
}

// The demo's home page, as Jane's browser reports it (its document title).
const JANE_ON_DEMO = "Jane Cooper of Globex is on Globex Widgets · Widgets that just work";

test("LV1, LV2, LV6, LV8, X5: Jane on /demo alerts Nadia by name, account and page; Start chat reaches her widget", async ({
  browser,
}) => {
  const nadia = await member(browser, "nadia@acme.test");
  await makeAvailable(nadia);
  await nadia.goto("/live");
  await nadia.bringToFront();
  // Input in the last 30 s makes her `active` (a toast); presence is reported every second.
  await nadia.mouse.move(200, 200);
  await nadia.waitForTimeout(2_500);
  const ada = await member(browser, "ada@acme.test");

  const visitor = await janeBrowsesDemo(browser);
  const toast = nadia.getByRole("status", { name: JANE_ON_DEMO });
  await expect(toast).toBeVisible({ timeout: 15_000 });
  // LV6: the visitor who triggered it stands out on Live Views.
  const row = nadia.locator("tr[data-highlighted]");
  await expect(row).toContainText("Jane Cooper");
  await expect(row).toContainText("You were notified about this visitor");

  // LV8: one click opens the Start chat dialog, greeting Jane by name; the greeting reaches her widget.
  await toast.getByRole("button", { name: "Start chat" }).click();
  const dialog = nadia.getByRole("dialog", { name: "Start a chat with Jane Cooper" });
  await expect(dialog.getByRole("textbox")).toHaveValue("Hi Jane, can I help you with anything?");
  const greeting = `Hi Jane, the Pro plan is on sale today ${Date.now()}`;
  await dialog.getByRole("textbox").fill(greeting);
  await dialog.getByRole("button", { name: "Send" }).click();
  await expect(nadia).toHaveURL(/\/inbox\/[0-9a-f-]+/);
  await expect(visitor.frameLocator('iframe[title="Chat"]').getByRole("log")).toContainText(greeting, {
    timeout: 10_000,
  });

  // Ada is an admin but not Globex's owner: no entry in her notification center.
  await ada.goto("/notifications");
  await expect(ada.getByRole("heading", { name: "Notifications", exact: true })).toBeVisible();
  await expect(ada.getByText(JANE_ON_DEMO)).toHaveCount(0);
  // …while Nadia's has one.
  await nadia.goto("/notifications");
  await expect(nadia.getByRole("main").getByText(JANE_ON_DEMO).first()).toBeVisible();
  await visitor.context().close();
  await nadia.context().close();
  await ada.context().close();
});

test("LV6, X5: with Nadia's app in the background, Jane's visit is a browser notification naming her, Globex and the page", async ({
  browser,
}) => {
  const settings = await member(browser, "nadia@acme.test");
  await makeAvailable(settings);
  await settings.context().close();
  const nadia = await memberTab(browser, "nadia@acme.test", "/live", true);

  // A new browser is a new visitor and a new visit (LV7 allows one alert per visit).
  const visitor = await janeBrowsesDemo(browser);
  await expect
    .poll(() => browserNotificationsOf(nadia), { timeout: 15_000 })
    .toContainEqual(expect.objectContaining({ title: JANE_ON_DEMO }));
  await expect(nadia.locator("tr[data-highlighted]")).toContainText("Jane Cooper");
  await visitor.context().close();
  await nadia.context().close();
});

test("turning on web push offline shows the honest push service error", async ({ browser }) => {
  const page = await member(browser, "luca@acme.test");
  await page.goto("/settings/notifications");
  await expect(page.getByText("Push notifications on this device:")).toContainText("Off");
  await page.getByRole("button", { name: "Turn on push notifications" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "push service" })).toContainText(
    "This browser could not reach its push service",
    { timeout: 20_000 },
  );
  await expect(page.getByText("Push notifications on this device:")).toContainText("Off");
});

test("a test email in capture mode reports Captured, and a test web push with no subscription says so", async ({
  browser,
}) => {
  const page = await member(browser, "matteo@acme.test");
  await page.goto("/settings/notifications");
  await page.getByRole("button", { name: "Send me a test email" }).click();
  await expect(page.getByRole("status", { name: "Test email result" })).toContainText(
    "Captured: email is in capture mode (no RESEND_API_KEY)",
  );
  await page.getByRole("button", { name: "Send me a test web push" }).click();
  await expect(page.getByRole("status", { name: "Test web push result" })).toContainText(
    "none of your browsers is subscribed",
  );
});
