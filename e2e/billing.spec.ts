// Settings → Billing (FU7): an admin adds credit and sees it in the ledger, saves a card through Stripe Checkout
// (the local Stripe sandbox, STRIPE_SANDBOX=1) and turns auto-charge on; a declining card turns it back off only
// when a top-up is refused, which the integration tests cover. Agents get the 403 page.
import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test("an admin adds credit, sees it in the ledger, saves a card and turns auto-charge on", async ({
  page,
}) => {
  await signIn(page, "ada@acme.test");
  await page.goto("/settings/billing");
  await expect(page.getByRole("heading", { name: "Billing", level: 1 })).toBeVisible();
  // Acme is a paid workspace: this month's $10 credit is in its ledger.
  const ledger = page.getByRole("table", { name: "SMS wallet ledger, newest first" });
  await expect(ledger).toContainText(/Monthly credit \d{4}-\d{2}/);

  const note = `Invoice ${Date.now()}`;
  await page.getByLabel("Credit to add (USD)").fill("nope");
  await page.getByRole("button", { name: "Add credit" }).click();
  await expect(page.getByText("Enter an amount in dollars, like 25 or 12.50")).toBeVisible();
  await page.getByLabel("Credit to add (USD)").fill("25");
  await page.getByLabel("Note").fill(note);
  await page.getByRole("button", { name: "Add credit" }).click();
  const added = page.getByText(/Added \$25\.00\. Balance: \$\d+\.\d\d\./);
  await expect(added).toBeVisible({ timeout: 20_000 });
  const balance = /Balance: (\$\d+\.\d\d)/.exec((await added.textContent()) ?? "")?.[1] ?? "";
  const newest = ledger.getByRole("row").nth(1);
  await expect(newest).toContainText(note);
  await expect(newest).toContainText("by Ada Admin");
  await expect(newest).toContainText("+$25.00");
  await expect(page.getByRole("definition")).toHaveText(balance);

  await page.getByRole("button", { name: /Save a card|Replace card/ }).click();
  await expect(page.getByRole("heading", { name: "Save a card for Herald" })).toBeVisible({
    timeout: 20_000,
  });
  await page.getByLabel(/4242 4242 4242 4242/).check();
  await page.getByRole("button", { name: "Save card" }).click();
  await expect(page).toHaveURL(/\/settings\/billing\?card=saved/, { timeout: 20_000 });
  await expect(page.getByText("Card on file: visa •••• 4242.")).toBeVisible();

  await page.getByRole("radio", { name: /On: top up from the saved card/ }).check();
  await page.getByLabel("Top-up amount (USD)").fill("30");
  await page.getByRole("button", { name: "Save auto-charge" }).click();
  await expect(page.getByText("Auto-charge is on.")).toBeVisible({ timeout: 20_000 });
  await page.reload();
  await expect(page.getByRole("radio", { name: /On: top up from the saved card/ })).toBeChecked();
  await expect(page.getByLabel("Top-up amount (USD)")).toHaveValue("30.00");
});

test("an agent opening Settings → Billing gets the 403 page", async ({ page }) => {
  await signIn(page, "nadia@acme.test");
  const response = await page.goto("/settings/billing");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You don’t have access to this page" })).toBeVisible();
});
