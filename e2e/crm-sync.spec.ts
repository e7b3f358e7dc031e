// CRM sync end to end against the sandbox HubSpot (started by scripts/serve.ts): connect with a token, change
// Globex's owner in the sandbox, Sync now and watch the progress finish, map that owner to Nadia, then Jane (a
// Globex contact) browsing /demo alerts Nadia through the CRM alone (LV1, LV2).
import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./support";

async function setBuiltInRouting(page: Page, on: boolean) {
  await page.goto("/settings/accounts");
  const toggle = page.getByRole("switch", { name: "Account-Based Routing" });
  if ((await toggle.isChecked()) !== on) await toggle.click();
  await expect(toggle).toBeChecked({ checked: on });
  await page.waitForLoadState("networkidle");
}

test("LV1, LV2: HubSpot connected by token, synced with progress, owner mapped → that owner's Live View", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const ada = await (await browser.newContext()).newPage();
  await signIn(ada, "ada@acme.test");
  await ada.goto("/settings/integrations");
  const card = ada
    .getByRole("region", { name: "HubSpot" })
    .or(ada.locator("section", { hasText: "HubSpot" }));

  // In the sandbox, Globex now belongs to j.doe, who is not a Herald user.
  const sandboxUrl = await ada.getByRole("link", { name: "the sandbox page" }).getAttribute("href");
  expect(sandboxUrl).toBeTruthy();
  const sandbox = await (await browser.newContext()).newPage();
  await sandbox.goto(`${sandboxUrl}/?q=Globex`);
  await sandbox.getByLabel("Owner of Globex").selectOption({ label: "j.doe@example.com" });
  await sandbox.getByRole("button", { name: "Change owner" }).click();
  await expect(sandbox.getByLabel("Owner of Globex")).toHaveValue("9005");

  // A wrong token is refused, naming the field; the sandbox token connects.
  const token = ada.getByLabel("Private app or service key token");
  await token.fill("pat-not-a-real-token");
  await ada.getByRole("button", { name: "Connect HubSpot" }).click();
  await expect(ada.getByText(/HubSpot refused this token/)).toBeVisible();
  await token.fill("pat-sandbox-herald");
  await ada.getByRole("button", { name: "Connect HubSpot" }).click();
  await expect(ada.getByTestId("hubspot-status")).toHaveText("Connected.");

  await ada.getByRole("button", { name: "Sync now" }).click();
  await expect(ada.getByLabel("Sync progress")).toBeVisible();
  // The progress survives a reload.
  await ada.reload();
  const result = ada.getByTestId("sync-result");
  await expect(result).toContainText("Last sync (full", { timeout: 120_000 });
  await expect(result).toContainText("2,997 accounts");
  await expect(result).toContainText("3 skipped");

  await expect(card.getByText(/accounts owned by j\.doe@example\.com — not a Herald user/)).toBeVisible();
  await ada.getByLabel("Herald user for j.doe@example.com").selectOption({ label: "Nadia Agent" });
  await expect(card.getByText(/owned by j\.doe@example\.com — not a Herald user/)).toHaveCount(0);

  // Only the CRM routes now: the seed's own Globex (built-in source) is switched off.
  await setBuiltInRouting(ada, false);
  try {
    const nadia = await (await browser.newContext()).newPage();
    await signIn(nadia, "nadia@acme.test");
    await nadia.goto("/live");
    await nadia.mouse.move(200, 200);

    const jane = await (await browser.newContext()).newPage();
    await jane.goto("/demo");
    await jane.getByRole("button", { name: /Jane Cooper/ }).click();
    await jane.waitForLoadState("load");
    await expect(jane.getByRole("button", { name: "Open chat" })).toBeVisible();

    await nadia.goto("/notifications");
    // X5: the notification names Jane and the page she is on.
    await expect(
      nadia
        .getByRole("main")
        .getByText(/Jane Cooper\b.* is on /)
        .first(),
    ).toBeVisible({
      timeout: 20_000,
    });
  } finally {
    await setBuiltInRouting(ada, true);
  }
});

test("Salesforce: OAuth connect through the sandbox, Sync now, owners mapped by email; then Pardot through it", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const ada = await (await browser.newContext()).newPage();
  await signIn(ada, "ada@acme.test");
  await ada.goto("/settings/integrations");
  const card = ada
    .locator("section")
    .filter({ has: ada.getByRole("heading", { name: "Salesforce", level: 2 }) });
  await card.getByRole("link", { name: "Connect Salesforce" }).click();
  // The sandbox's consent page, then back to Herald with a code.
  await ada.getByRole("button", { name: "Allow" }).click();
  await expect(ada).toHaveURL(/\/settings\/integrations$/);
  await expect(card.getByTestId("salesforce-status")).toHaveText("Connected.");

  await card.getByRole("button", { name: "Sync now" }).click();
  const result = card.getByTestId("sync-result");
  await expect(result).toContainText("Last sync (full", { timeout: 90_000 });
  await expect(result).toContainText("2,000 accounts");
  await expect(card.getByLabel("Herald user for nadia@acme.test")).toHaveValue(/.+/);
  await expect(card.getByText(/accounts owned by j\.doe@example\.com — not a Herald user/)).toBeVisible();

  // Pardot signs in through that connection with a Business Unit ID.
  const pardot = ada
    .locator("section")
    .filter({ has: ada.getByRole("heading", { name: "Pardot", level: 2 }) });
  const unit = pardot.getByLabel("Business Unit ID");
  await unit.fill("0Uv000000000000XXX");
  await pardot.getByRole("button", { name: "Connect Pardot" }).click();
  await expect(pardot.getByText(/Pardot refused this Business Unit ID/)).toBeVisible();
  await unit.fill("0Uv000000000001AAA");
  await pardot.getByRole("button", { name: "Connect Pardot" }).click();
  await expect(pardot.getByTestId("pardot-status")).toHaveText("Connected.");
  await pardot.getByRole("button", { name: "Sync now" }).click();
  await expect(pardot.getByTestId("sync-result")).toContainText("1,000 accounts", { timeout: 90_000 });
});

test("HubSpot OAuth: Connect HubSpot through the sandbox's consent page (Allow), then Sync now with its token", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const ada = await (await browser.newContext()).newPage();
  await signIn(ada, "ada@acme.test");
  await ada.goto("/settings/integrations");
  const card = ada
    .locator("section")
    .filter({ has: ada.getByRole("heading", { name: "HubSpot", level: 2 }) });
  // Connected by token in the first test: disconnect, to connect again by OAuth.
  if (await card.getByTestId("hubspot-status").filter({ hasText: "Connected." }).count()) {
    ada.once("dialog", (dialog) => dialog.accept());
    await card.getByRole("button", { name: "Disconnect" }).click();
    await expect(card.getByTestId("hubspot-status")).toHaveText("Not connected.", { timeout: 30_000 });
  }
  await card.getByRole("link", { name: "Connect HubSpot" }).click();
  // The sandbox's consent page names the read scopes; Allow sends the admin back with a code.
  await expect(ada.getByText(/crm\.objects\.companies\.read/)).toBeVisible();
  await ada.getByRole("button", { name: "Allow" }).click();
  await expect(ada).toHaveURL(/\/settings\/integrations$/);
  await expect(card.getByTestId("hubspot-status")).toHaveText("Connected.");

  await card.getByRole("button", { name: "Sync now" }).click();
  const result = card.getByTestId("sync-result");
  await expect(result).toContainText("Last sync (full", { timeout: 120_000 });
  await expect(result).toContainText("2,997 accounts");
  // LV2 not_mapped: the unmapped owner's row says their visits alert nobody.
  await expect(
    card.getByText("Not mapped: visits from their accounts alert nobody (not_mapped)."),
  ).toBeVisible();

  // Revoked in HubSpot: the next sync is refused, the card asks for a reconnect and the admin is told in-app.
  const sandboxUrl = await ada.getByRole("link", { name: "the sandbox page" }).getAttribute("href");
  const sandbox = await (await browser.newContext()).newPage();
  await sandbox.goto(`${sandboxUrl}/`);
  await sandbox.getByRole("button", { name: "Revoke Herald's OAuth access" }).click();
  await card.getByRole("button", { name: "Sync now" }).click();
  await expect(card.getByTestId("hubspot-status")).toHaveText(/refused the credentials/, { timeout: 60_000 });
  await ada.goto("/notifications");
  await expect(ada.getByRole("main").getByText("HubSpot needs reconnecting")).toBeVisible({
    timeout: 20_000,
  });
  await ada.goto("/settings/integrations");
  await card.getByRole("link", { name: "Reconnect HubSpot" }).click();
  await ada.getByRole("button", { name: "Allow" }).click();
  await expect(card.getByTestId("hubspot-status")).toHaveText("Connected.");
});
