import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test("an admin copies the embed snippet, reveals and rotates the identity secret", async ({ page }) => {
  await signIn(page, "ada@acme.test");
  await page.goto("/settings");
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Install" }).click();
  await expect(page.getByText('data-key="pk_acme_demo"')).toBeVisible();

  const secret = page.getByRole("textbox", { name: "Identity secret" });
  await expect(secret).toHaveValue(/^hs_•+$/);
  await page.getByRole("button", { name: "Reveal" }).click();
  await expect(secret).toHaveValue(/^hs_[0-9a-f]{64}$/);
  const before = await secret.inputValue();

  await page.getByRole("button", { name: "Rotate secret" }).click();
  await expect(page.getByText(/Signatures made with the old one stop working/)).toBeVisible();
  await page.getByRole("button", { name: "Yes, rotate" }).click();
  await expect(page.getByRole("status")).toContainText("Old signatures no longer work");
  await page.getByRole("button", { name: "Reveal" }).click();
  await expect(secret).toHaveValue(/^hs_[0-9a-f]{64}$/);
  expect(await secret.inputValue()).not.toBe(before);
});

test("an agent has no Install page", async ({ page }) => {
  await signIn(page, "nadia@acme.test");
  await page.goto("/settings");
  await expect(
    page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Install" }),
  ).toHaveCount(0);
  const response = await page.goto("/settings/install");
  expect(response?.status()).toBe(403);
});

test("/demo is public and offers to browse as someone else", async ({ page }) => {
  await page.goto("/demo");
  await expect(page.getByRole("link", { name: "Globex Widgets" })).toBeVisible();
  const panel = page.getByRole("complementary", { name: "Browse as" });
  await expect(panel.getByRole("button", { name: "Anonymous visitor" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await panel.getByRole("button", { name: "Jane Cooper" }).click();
  await expect(panel.getByRole("button", { name: "Jane Cooper" })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("link", { name: "Pricing" }).click();
  await expect(page.getByRole("heading", { name: "Pricing" })).toBeVisible();
  await expect(panel.getByRole("button", { name: "Jane Cooper" })).toHaveAttribute("aria-pressed", "true");
});
