// Slack connected the way an admin does it, against the Slack sandbox started by scripts/serve.ts (SLACK_SANDBOX=1):
// Add to Slack → the sandbox's Allow page → back connected with the team's name → #sales picked for Sales in the
// searchable picker → a visitor's first message is posted in the sandbox's #sales (SK1). Slack is disconnected at
// the end so the other specs see the workspace as they expect.
import { expect, type Page, test } from "@playwright/test";
import { slackSandboxPort } from "../playwright.config";
import { signIn } from "./support";

// A CRM sync the CRM spec started may still be writing through PGlite's one connection (a known issue, noted
// in the closing note): a visitor's first message can wait behind it.
const crmSyncMayHoldTheDatabase = { timeout: 30_000 };

const sandboxPage = `http://127.0.0.1:${slackSandboxPort}/`;

async function disconnectSlack(ada: Page) {
  await ada.goto("/settings/integrations");
  const disconnect = ada.getByRole("button", { name: "Disconnect Slack" });
  if (await disconnect.isVisible()) {
    await disconnect.click();
    await expect(ada.getByRole("link", { name: "Add to Slack" })).toBeVisible({ timeout: 20_000 });
  }
}

test("SK1, SK11: Add to Slack through the sandbox's Allow page, mappings and channel IDs, #sales picked for Sales, a visitor's first message posted there", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const ada = await (await browser.newContext()).newPage();
  await signIn(ada, "ada@acme.test");
  try {
    // Cancel on Slack's page is said plainly, and connects nothing.
    await ada.goto("/settings/integrations");
    await ada.getByRole("link", { name: "Add to Slack" }).click();
    await expect(ada.getByRole("heading", { name: /Herald is requesting permission/ })).toBeVisible();
    await ada.getByRole("button", { name: "Cancel" }).click();
    await expect(ada.getByRole("alert").filter({ hasText: "the install was cancelled" })).toBeVisible();

    // Allow: back on Settings → Integrations, connected, with the team's name.
    await ada.getByRole("link", { name: "Add to Slack" }).click();
    const callback = ada.waitForRequest((r) => r.url().includes("/api/integrations/slack/oauth?"));
    await ada.getByRole("button", { name: "Allow" }).click();
    const returnFromSlack = (await callback).url();
    await expect(ada).toHaveURL(/\/settings\/integrations\?slack=connected/);
    await expect(ada.getByTestId("slack-status")).toHaveText("Connected to Acme (Slack sandbox)", {
      timeout: 20_000,
    });

    // The same return from Slack a second time is refused: its state was single use.
    await ada.goto(returnFromSlack);
    await expect(ada.getByRole("alert").filter({ hasText: "does not match an install" })).toBeVisible();
    await expect(ada.getByTestId("slack-status")).toHaveText("Connected to Acme (Slack sandbox)");

    // Teammates matched by email; Luca set to "Not mapped" is named as unmapped, then mapped back by hand.
    await ada.goto("/settings/integrations");
    const luca = ada.getByLabel("Slack user for Luca Agent");
    await expect(luca).toHaveValue("U0LUCA");
    await luca.selectOption({ label: "Not mapped" });
    await expect(ada.getByText("Not mapped: Luca Agent.")).toBeVisible({ timeout: 20_000 });
    await ada.getByLabel("Slack user for Luca Agent").selectOption({ label: "Luca Agent (luca@acme.test)" });
    // Luca's row of the Slack mapping (the CRM cards on this page list him too, by their CRM owners).
    const lucaRow = ada.getByRole("row").filter({ has: ada.getByLabel("Slack user for Luca Agent") });
    await expect(lucaRow).toContainText("set by hand", {
      timeout: 20_000,
    });
    // The Slack card's line (the CRM cards have their own "Not mapped" owners, Luca among them).
    await expect(ada.getByText("Not mapped: Luca Agent.")).toHaveCount(0);

    // SK11: with "Use channel IDs" the global channel is typed by ID, not picked.
    const useIds = ada.getByRole("switch", { name: "Use channel IDs" });
    await useIds.click();
    await expect(ada.getByRole("textbox", { name: "Global channel" })).toBeVisible({ timeout: 20_000 });
    await ada.getByRole("switch", { name: "Use channel IDs" }).click();
    await expect(ada.getByRole("combobox", { name: "Global channel" })).toBeVisible({ timeout: 20_000 });

    // Settings → Routing groups → Edit Sales: search the picker, pick #sales, save.
    await ada.goto("/settings/routing-groups");
    const sales = ada.getByRole("region", { name: "Sales", exact: true });
    await sales.getByText("Edit Sales").click();
    await sales.getByRole("searchbox", { name: "Search channels for Slack channel for Sales" }).fill("sal");
    const picker = sales.getByLabel("Slack channel for Sales", { exact: true });
    await expect(picker.getByRole("option")).toHaveText(["Off", "#sales"]);
    await picker.selectOption({ label: "#sales" });
    await sales.getByRole("button", { name: "Save", exact: true }).click();
    await expect(sales.getByText("Slack channel saved.")).toBeVisible({ timeout: 20_000 });

    // A visitor's first message on /demo is posted in #sales.
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto("/demo");
    await visitor.getByRole("button", { name: "Open chat" }).click();
    const frame = visitor.frameLocator('iframe[title="Chat"]');
    const question = `Do you integrate with Slack? ${Date.now()}`;
    await frame.getByLabel("Message").fill(question);
    await frame.getByRole("button", { name: "Send" }).click();
    await expect(frame.getByRole("log")).toContainText(question, crmSyncMayHoldTheDatabase);

    const slack = await (await browser.newContext()).newPage();
    await expect(async () => {
      await slack.goto(sandboxPage);
      // The articles under the #sales heading (up to the next channel's).
      const inSales = slack.locator(
        'xpath=//h2[.="#sales"]/following-sibling::article[preceding-sibling::h2[1][.="#sales"]]',
      );
      await expect(inSales.filter({ hasText: question })).toHaveCount(1, { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
  } finally {
    await disconnectSlack(ada);
  }
});
