// The signed-in shell: navigation by role, the status control, the profile, the 403 page and signing out.
import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./support";

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });
const statusButton = (page: Page) => page.getByRole("button", { name: /^Status:/ });
const accountMenu = (page: Page) => page.getByRole("button", { name: /account menu/ });

test("an admin sees every section, the workspace name and the current page marked", async ({ page }) => {
  await signIn(page, "ada@acme.test");
  await page.goto("/live");
  for (const name of ["Live", "Inbox", "Notifications", "Supervisor", "Settings"]) {
    await expect(mainNav(page).getByRole("link", { name, exact: true })).toBeVisible();
  }
  await expect(mainNav(page).getByRole("link", { name: "Live" })).toHaveAttribute("aria-current", "page");
  await expect(mainNav(page).getByRole("link", { name: "Inbox" })).not.toHaveAttribute("aria-current");
  await expect(page.getByRole("banner")).toContainText("Acme");
  await expect(page).toHaveTitle("Live · Herald");
  // What /live lists depends on earlier specs (visitors on /demo); its empty state is tested in inbox.spec.ts.
  await expect(page.getByRole("heading", { name: "Live", level: 1 })).toBeVisible();

  await mainNav(page).getByRole("link", { name: "Settings" }).click();
  await expect(page).toHaveURL(/\/settings\/profile$/);
  const settingsNav = page.getByRole("navigation", { name: "Settings" });
  await expect(settingsNav.getByRole("link", { name: "Team" })).toHaveAttribute("href", "/settings/team");
  await expect(settingsNav.getByRole("link", { name: "Routing groups" })).toBeVisible();
  await expect(settingsNav.getByRole("link", { name: "Profile" })).toHaveAttribute("aria-current", "page");
});

test("Do Not Disturb persists across a reload, then back to Available", async ({ page }) => {
  await signIn(page, "ada@acme.test");
  await page.goto("/inbox");
  await expect(statusButton(page)).toHaveAccessibleName("Status: Available");

  await statusButton(page).click();
  await expect(statusButton(page)).toHaveAttribute("aria-expanded", "true");
  await page.getByRole("button", { name: "Do Not Disturb for 1 hour" }).click();
  await expect(statusButton(page)).toHaveAccessibleName(/^Status: Do Not Disturb until \d{2}:\d{2}$/);
  await expect(statusButton(page)).toHaveAttribute("aria-expanded", "false");

  await page.reload();
  await expect(statusButton(page)).toHaveAccessibleName(/^Status: Do Not Disturb until \d{2}:\d{2}$/);

  await statusButton(page).click();
  await page.getByRole("button", { name: "Available", exact: true }).click();
  await expect(statusButton(page)).toHaveAccessibleName("Status: Available");
  await page.reload();
  await expect(statusButton(page)).toHaveAccessibleName("Status: Available");
});

test("the account menu works from the keyboard", async ({ page }) => {
  await signIn(page, "ada@acme.test");
  await page.goto("/inbox");
  await accountMenu(page).focus();
  await page.keyboard.press("Enter");
  await expect(accountMenu(page)).toHaveAttribute("aria-expanded", "true");
  await expect(page.getByText("ada@acme.test")).toBeVisible();
  await expect(page.getByRole("link", { name: "Profile" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(accountMenu(page)).toHaveAttribute("aria-expanded", "false");
  await expect(accountMenu(page)).toBeFocused();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeHidden();
});

test("profile name and time zone are saved, and a blank name names the field", async ({ page }) => {
  await signIn(page, "ada@acme.test");
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/settings\/profile$/);
  await expect(page.getByLabel("Email")).toHaveValue("ada@acme.test");
  await expect(page.getByLabel("Email")).toHaveAttribute("readonly");

  const name = page.getByLabel("Name");
  const timeZone = page.getByLabel("Time zone");
  await name.fill(" ");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription("Name is required");

  await name.fill("Ada Lovelace");
  await timeZone.selectOption("Asia/Tokyo");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Profile saved." })).toBeVisible();
  await expect(accountMenu(page)).toContainText("Ada Lovelace");

  await page.reload();
  await expect(name).toHaveValue("Ada Lovelace");
  await expect(timeZone).toHaveValue("Asia/Tokyo");

  // Put the demo admin back as seeded: other specs share this database.
  await name.fill("Ada Admin");
  await timeZone.selectOption("Europe/London");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Profile saved." })).toBeVisible();
});

test("an agent does not see Supervisor and gets the 403 page there", async ({ page }) => {
  await signIn(page, "nadia@acme.test");
  await page.goto("/inbox");
  await expect(mainNav(page).getByRole("link", { name: "Inbox" })).toBeVisible();
  await expect(mainNav(page).getByRole("link", { name: "Supervisor" })).toHaveCount(0);

  const response = await page.goto("/supervisor");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You don’t have access to this page" })).toBeVisible();

  await page.goto("/settings/profile");
  const settingsNav = page.getByRole("navigation", { name: "Settings" });
  await expect(settingsNav.getByRole("link", { name: "Profile" })).toBeVisible();
  await expect(settingsNav.getByRole("link", { name: "Team" })).toHaveCount(0);
});

test("signing out returns to the sign-in page", async ({ page }) => {
  await signIn(page, "sam@acme.test");
  await page.goto("/inbox");
  await accountMenu(page).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/inbox");
  await expect(page).toHaveURL(/\/sign-in/);
});
