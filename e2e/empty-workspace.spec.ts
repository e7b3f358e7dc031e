// What an empty workspace shows, before any visitor came: inbox views and statuses as links, each with its own
// empty state, and Live Views pointing to the demo site. Runs first (playwright.config.ts, "empty-workspace").
import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./support";

const views = (page: Page) => page.getByRole("navigation", { name: "Inbox views" });
const statuses = (page: Page) => page.getByRole("navigation", { name: "Conversation status" });

test("an agent moves between inbox views and statuses, each with its own empty state", async ({ page }) => {
  await signIn(page, "nadia@acme.test");
  await page.goto("/inbox");
  await expect(page).toHaveTitle("Inbox · Herald");
  await expect(views(page).getByRole("link", { name: "Assigned to me" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(statuses(page).getByRole("link", { name: "Open" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { name: "Nothing assigned to you" })).toBeVisible();

  await views(page).getByRole("link", { name: "Unassigned" }).click();
  await expect(page).toHaveURL(/view=unassigned&status=open$/);
  await expect(views(page).getByRole("link", { name: "Unassigned" })).toHaveAttribute("aria-current", "page");
  await expect(views(page).getByRole("link", { name: "Assigned to me" })).not.toHaveAttribute("aria-current");
  await expect(page.getByRole("heading", { name: "No conversation is waiting" })).toBeVisible();

  await statuses(page).getByRole("link", { name: "Closed" }).click();
  await expect(page).toHaveURL(/view=unassigned&status=closed$/);
  await expect(page.getByRole("heading", { name: "No closed unassigned conversations" })).toBeVisible();

  await views(page).getByRole("link", { name: "My groups" }).click();
  await expect(page.getByRole("heading", { name: "No closed conversations in your groups" })).toBeVisible();
  await views(page).getByRole("link", { name: "All" }).click();
  // Each link keeps the other filter: wait for this page before clicking its status link (a click on the
  // previous page's link raced the navigation and kept view=groups).
  await expect(page).toHaveURL(/view=all&status=closed$/);
  await statuses(page).getByRole("link", { name: "Open" }).click();
  await expect(page).toHaveURL(/view=all&status=open$/);
  await expect(page.getByRole("heading", { name: "No open conversations" })).toBeVisible();

  // An unknown filter falls back to the default view.
  await page.goto("/inbox?view=everything");
  await expect(views(page).getByRole("link", { name: "Assigned to me" })).toHaveAttribute(
    "aria-current",
    "page",
  );
});

test("Live Views with nobody on the site points to the demo site", async ({ page }) => {
  await signIn(page, "nadia@acme.test");
  await page.goto("/live");
  await expect(page.getByRole("heading", { name: "Nobody is on your site right now" })).toBeVisible();
  await expect(page.getByRole("link", { name: "the demo site" })).toHaveAttribute("href", "/demo");
  await expect(page.getByRole("table")).toHaveCount(0);
});
