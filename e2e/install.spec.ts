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

test("an admin limits the widget to their sites, sees the legacy signature switch and revokes visitor tokens", async ({
  page,
  request,
}) => {
  await signIn(page, "ada@acme.test");
  await page.goto("/settings/install");
  await expect(page.getByRole("alert").filter({ hasText: "any website can embed" })).toBeVisible();
  const domains = page.getByLabel("Allowed domains");
  const frameAncestors = async () =>
    (await request.get("/widget/frame?key=pk_acme_demo")).headers()["content-security-policy"];
  try {
    await domains.fill("shop.example.com\nhttps://shop.example.com/cart");
    await page.getByRole("button", { name: "Save domains" }).click();
    await expect(page.getByText(/shop\.example\.com\/cart" is not a domain or an origin/)).toBeVisible();
    expect(await frameAncestors()).toContain("frame-ancestors *"); // read (and cached) before the change
    await domains.fill("shop.example.com");
    await page.getByRole("button", { name: "Save domains" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Allowed domains saved." })).toBeVisible();
    expect(await frameAncestors()).toContain("frame-ancestors https://shop.example.com");
  } finally {
    // Back to any site: the demo site, on Herald's own origin, frames the widget in the other specs.
    await domains.fill("");
    await page.getByRole("button", { name: "Save domains" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Any site may embed" })).toBeVisible();
  }
  expect(await frameAncestors()).toContain("frame-ancestors *");

  await expect(page.getByRole("switch", { name: "Accept legacy v1 signatures (weaker)" })).not.toBeChecked();

  await page.getByRole("button", { name: "Rotate widget secret" }).click();
  await expect(page.getByText(/Every visitor token stops working at once/)).toBeVisible();
  await page.getByRole("button", { name: "Yes, rotate" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Every visitor token was revoked." }),
  ).toBeVisible();
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
