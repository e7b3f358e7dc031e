// The delivery log and "Why wasn't … notified?" (X1): a visitor message from /demo, then what the admin and an
// agent can see of who was notified and why not; Do Not Disturb shows as `dnd` for the next visitor message.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { signIn } from "./support";

async function visitorWrites(browser: Browser, text: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/demo");
  await page.getByRole("button", { name: "Open chat" }).click();
  const frame = page.frameLocator('iframe[title="Chat"]');
  await frame.getByLabel("Message").fill(text);
  await frame.getByRole("button", { name: "Send" }).click();
  await expect(frame.getByRole("log")).toContainText(text);
  await context.close();
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

const rows = (page: Page) => page.getByTestId("delivery-log-row");

async function filterByReason(page: Page, reason: string) {
  const filters = page.getByRole("form", { name: "Filter deliveries" });
  await filters.getByLabel("Reason").selectOption(reason);
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`reason=${reason}`));
}

test("the admin reads the delivery log and an agent asks why a teammate was not notified", async ({
  browser,
}) => {
  const question = `Do you ship to Iceland? ${Date.now()}`;
  await visitorWrites(browser, question);

  const admin = await signedIn(browser, "ada@acme.test");
  await admin.goto("/settings");
  await admin.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Deliveries" }).click();
  await expect(admin.getByRole("heading", { name: "Deliveries", level: 1 })).toBeVisible();
  await expect(rows(admin).filter({ hasText: "conversation.created" }).first()).toBeVisible();
  await expect(rows(admin).filter({ hasText: "sent" }).first()).toContainText("They were notified.");
  // Issue 9: the worker in this server sweeps (its first sweep runs at start), and retention can be set.
  await expect(admin.getByTestId("worker-health")).toContainText("Sending normally", { timeout: 30_000 });
  await expect(admin.getByTestId("retention-last-run")).toBeVisible();
  await admin.getByLabel("Page views (days)").fill("14");
  await admin.getByRole("button", { name: "Save retention" }).click();
  await expect(admin.getByText("Retention saved")).toBeVisible();
  await admin.reload();
  await expect(admin.getByLabel("Page views (days)")).toHaveValue("14");

  await filterByReason(admin, "not_in_group");
  await expect(rows(admin).first()).toBeVisible();
  for (const row of await rows(admin).all()) await expect(row).toContainText("not_in_group");

  const agent = await signedIn(browser, "nadia@acme.test");
  await agent.goto("/inbox?view=all");
  await agent.getByRole("listitem").filter({ hasText: question }).getByRole("link").click();
  await agent.getByText("Why wasn't … notified?").click();
  const explained = agent.getByTestId("teammate-explanation");
  await expect(explained.filter({ hasText: "Ada Admin" }).first()).toContainText("not_in_group");
  await expect(explained.filter({ hasText: "Sam Supervisor" }).first()).toContainText("not_in_group");
  await expect(explained.filter({ hasText: "Nadia Agent" }).first()).toContainText(/sent|active_in_app|dnd/);
});

test("an agent on Do Not Disturb shows dnd in the log for the next visitor message", async ({ browser }) => {
  const agent = await signedIn(browser, "luca@acme.test");
  await agent.goto("/inbox");
  await agent.getByRole("button", { name: /^Status:/ }).click();
  await agent.getByRole("button", { name: "Do Not Disturb for 1 hour" }).click();
  await expect(agent.getByRole("button", { name: /^Status:/ })).toHaveAccessibleName(/Do Not Disturb/);

  await visitorWrites(browser, `Anyone around? ${Date.now()}`);

  const admin = await signedIn(browser, "ada@acme.test");
  await admin.goto("/settings/deliveries");
  await filterByReason(admin, "dnd");
  await expect(rows(admin).filter({ hasText: "Luca Agent" }).first()).toContainText(
    "They were on Do Not Disturb.",
  );

  await agent.getByRole("button", { name: /^Status:/ }).click();
  await agent.getByRole("button", { name: "Available", exact: true }).click();
});
