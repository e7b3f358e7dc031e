// The agent app's inbox, conversation and Live Views pages as an agent finds them before any visitor came:
// filters as links, an honest empty state for each, 404 for a conversation that is not theirs, presence reports.
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

test("a teammate in no routing group is told how to join one", async ({ page }) => {
  await signIn(page, "ada@acme.test");
  await page.goto("/inbox?view=groups");
  await expect(page.getByRole("heading", { name: "You are not in a routing group" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Settings → Routing groups" })).toHaveAttribute(
    "href",
    "/settings/routing-groups",
  );
});

test("a conversation that is not in the workspace, or not an id, is a 404", async ({ page }) => {
  await signIn(page, "nadia@acme.test");
  for (const path of ["/inbox/00000000-0000-4000-8000-000000000000", "/inbox/not-an-id"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Conversation not found" })).toBeVisible();
  }
  await page.getByRole("link", { name: "Back to the inbox" }).click();
  await expect(page).toHaveURL(/\/inbox$/);
});

test("Live Views with nobody on the site points to the demo site", async ({ page }) => {
  await signIn(page, "nadia@acme.test");
  await page.goto("/live");
  await expect(page.getByRole("heading", { name: "Nobody is on your site right now" })).toBeVisible();
  await expect(page.getByRole("link", { name: "the demo site" })).toHaveAttribute("href", "/demo");
  await expect(page.getByRole("table")).toHaveCount(0);
});

test("the app reports its tab for agent presence; the endpoint checks who asks and what they send", async ({
  page,
  playwright,
}) => {
  await signIn(page, "nadia@acme.test");
  const reported = page.waitForRequest(
    (r) => r.url().endsWith("/api/presence") && r.method() === "POST" && !r.postData()?.includes("gone"),
  );
  await page.goto("/inbox");
  const body = JSON.parse((await reported).postData() ?? "{}");
  expect(body).toMatchObject({ visible: true, conversationId: null });
  expect(typeof body.tabId).toBe("string");

  const ok = await page.request.post("/api/presence", { data: { ...body, msSinceInput: 0 } });
  expect(ok.status()).toBe(204);
  const bad = await page.request.post("/api/presence", { data: { tabId: body.tabId, visible: "yes" } });
  expect(bad.status()).toBe(400);
  const gone = await page.request.post("/api/presence", { data: { tabId: body.tabId, gone: true } });
  expect(gone.status()).toBe(204);

  const anonymous = await playwright.request.newContext({ baseURL: page.url() });
  expect((await anonymous.post("/api/presence", { data: { tabId: body.tabId, gone: true } })).status()).toBe(
    401,
  );
  await anonymous.dispose();
});
