// Live View Notifications end to end (LV1, LV2, LV6, LV8): Jane (a Globex contact) browsing /demo alerts Nadia,
// Globex's owner in the seed, and nobody else. Also the push and email tests of Settings → Notifications.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { signIn } from "./support";

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

test("LV1, LV2, LV8: a known visitor on /demo alerts the account owner with Start chat, and nobody else", async ({
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
  const toast = nadia.getByRole("status", { name: "A known visitor is on your site" });
  await expect(toast).toBeVisible({ timeout: 15_000 });
  await expect(toast.getByRole("button", { name: "Start chat" })).toBeVisible();
  await expect(nadia.getByRole("row").filter({ hasText: "Jane Cooper" }).first()).toBeVisible();

  // Ada is an admin but not Globex's owner: no entry in her notification center.
  await ada.goto("/notifications");
  await expect(ada.getByRole("heading", { name: "Notifications", exact: true })).toBeVisible();
  await expect(ada.getByText("A known visitor is on your site")).toHaveCount(0);
  // …while Nadia's has one.
  await nadia.goto("/notifications");
  await expect(nadia.getByRole("main").getByText("A known visitor is on your site").first()).toBeVisible();
  await visitor.context().close();
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
