// Slack end to end against the Slack sandbox (started by scripts/serve.ts with SLACK_SANDBOX=1; Herald reaches it
// through the real WebClient, and it sends signed events and interactivity payloads back): connect with a bot
// token, #sales on Sales, a visitor's first message posted there mentioning the group, replies from the thread
// (mapped and not), "Book meeting" as a card and "Collect information" answered in the widget, and closing with a lead qualification from
// Slack and from the app.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { signIn } from "./support";

// A CRM sync the CRM spec started may still be writing through PGlite's one connection (a known issue, noted
// in the closing note): a visitor's first message can wait behind it.
const crmSyncMayHoldTheDatabase = { timeout: 30_000 };

const slow = { timeout: 30_000 };

async function visitorWrites(browser: Browser, text: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/demo");
  await page.getByRole("button", { name: "Open chat" }).click();
  const frame = chatFrame(page);
  await frame.getByLabel("Message").fill(text);
  await frame.getByRole("button", { name: "Send" }).click();
  await expect(frame.getByRole("log")).toContainText(text, crmSyncMayHoldTheDatabase);
  return page;
}

const chatFrame = (page: Page) => page.frameLocator('iframe[title="Chat"]');

// The sandbox page is plain HTML served on each request: reload until the thread shows what is expected.
async function threadShows(sandbox: Page, question: string, text: string) {
  await expect(async () => {
    await sandbox.reload();
    await expect(sandbox.getByRole("article").filter({ hasText: question })).toContainText(text, {
      timeout: 1_000,
    });
  }).toPass(slow);
}

test("SK1, SK7, SK8, SK9: connect the Slack sandbox, get the chat in #sales, reply, collect the visitor's email and qualify on close", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const ada = await (await browser.newContext()).newPage();
  await signIn(ada, "ada@acme.test");

  // Connect with a bot token: the sandbox's token and signing secret are filled in.
  await ada.goto("/settings/integrations");
  // A retried run finds the first attempt's connection: start from a disconnected Slack.
  const disconnect = ada.getByRole("button", { name: "Disconnect Slack" });
  if (await disconnect.isVisible()) await disconnect.click();
  await ada.getByRole("button", { name: "Connect with a bot token" }).click();
  await expect(ada.getByText("Connected to")).toContainText("Acme (Slack sandbox)", slow);
  const sandboxUrl = await ada.getByRole("link", { name: "Open the sandbox" }).getAttribute("href");
  expect(sandboxUrl).toBeTruthy();

  // #sales on Sales.
  await ada.goto("/settings/routing-groups");
  await ada.getByText("Edit Sales").click();
  // The channel picker's <select> (its search box is labelled "Search channels for …").
  const salesChannel = ada.getByLabel("Slack channel for Sales", { exact: true });
  await salesChannel.selectOption({ label: "#sales" });
  const salesCard = ada.locator("form").filter({ has: salesChannel });
  await salesCard.getByRole("button", { name: "Save" }).click();
  await expect(salesCard.getByRole("status")).toBeVisible(slow);

  // A visitor's first message appears in #sales, mentioning Nadia, Luca and Matteo.
  const stamp = Date.now();
  const question = `Do you integrate with Slack? ${stamp}`;
  const email = `jane.${stamp}@example.com`;
  const visitor = await visitorWrites(browser, question);
  const sandbox = await (await browser.newContext()).newPage();
  await sandbox.goto(sandboxUrl ?? "");
  await threadShows(sandbox, question, "<@U0NADIA>");
  const thread = sandbox.getByRole("article").filter({ hasText: question });
  for (const who of ["<@U0LUCA>", "<@U0MATTEO>"]) await expect(thread).toContainText(who);

  // Nadia's thread reply reaches the visitor's widget as Nadia.
  await thread.getByLabel("Reply as").selectOption({ label: "Nadia Agent (nadia@acme.test)" });
  await thread.getByLabel("Reply in thread").fill("Hi, Nadia here: yes we do.");
  await thread.getByRole("button", { name: "Reply in thread" }).click();
  const log = chatFrame(visitor).getByRole("log");
  await expect(log).toContainText("Hi, Nadia here: yes we do.", slow);
  await expect(log).toContainText("Nadia Agent");

  // An unmapped Slack user's reply gets the ephemeral explanation and reaches nobody.
  await thread.getByLabel("Reply as").selectOption({ label: "Olivia Outsider (olivia@partner.test)" });
  await thread.getByLabel("Reply in thread").fill("Olivia says hello");
  await thread.getByRole("button", { name: "Reply in thread" }).click();
  await threadShows(sandbox, question, "only Olivia Outsider sees this");
  await expect(thread).toContainText("not linked to a Herald teammate");
  await expect(log).not.toContainText("Olivia says hello");

  // "Book meeting": Ada's booking link (her Profile) reaches the visitor as a card.
  await ada.goto("/settings/profile");
  await ada.getByLabel("Booking link").fill("https://cal.example/ada");
  await ada.getByRole("button", { name: "Save profile" }).click();
  await expect(ada.getByRole("status").filter({ hasText: "Profile saved." })).toBeVisible(slow);
  await thread.getByLabel("Shortcut as").selectOption({ label: "Ada Admin (ada@acme.test)" });
  await thread.getByRole("button", { name: "Book meeting" }).click();
  await expect(log).toContainText("Book a meeting with Ada Admin", slow);
  await expect(log.getByRole("link", { name: "Pick a time" })).toHaveAttribute(
    "href",
    "https://cal.example/ada",
  );
  await threadShows(sandbox, question, "sent their booking link to the visitor: https://cal.example/ada");

  // "Collect information" → the visitor fills the form in the widget → the conversation shows their email.
  await thread.getByLabel("Shortcut as").selectOption({ label: "Nadia Agent (nadia@acme.test)" });
  await thread.getByRole("button", { name: "Collect information" }).click();
  const widget = chatFrame(visitor);
  await widget.getByLabel("Your email").fill(email, slow);
  await widget.getByRole("button", { name: "Share" }).click();
  await expect(widget.getByText("Thanks, you shared your details.")).toBeVisible(slow);
  await threadShows(sandbox, question, `Email: ${email}`);

  await ada.goto("/inbox?view=all");
  // The form's answer makes her a known visitor: named by the email she typed, marked unverified.
  await ada
    .getByRole("listitem")
    .filter({ hasText: `Email: ${email}` })
    .getByRole("link", { name: `${email} (unverified)` })
    .click();
  await expect(ada.getByRole("heading", { level: 1 })).toHaveText(`${email} (unverified)`);
  const conversationUrl = ada.url();

  // Closing from the thread root asks for the qualification (a modal within the trigger_id's 3 s).
  await thread.getByLabel("Press as").selectOption({ label: "Nadia Agent (nadia@acme.test)" });
  await thread.getByRole("button", { name: "Close", exact: true }).click();
  const modal = sandbox.getByRole("region", { name: "Modal: Close conversation" });
  await expect(modal).toBeVisible(slow);
  await modal.getByLabel("Qualified").check();
  await modal.getByRole("button", { name: "Submit" }).click();
  await threadShows(sandbox, question, "closed the conversation: Qualified.");
  await ada.goto(conversationUrl);
  await expect(ada.getByRole("button", { name: "Reopen conversation" })).toBeVisible();
  await expect(ada.getByLabel("Lead qualification")).toHaveValue("qualified");

  // Closing in the app asks too (a dialog, usable from the keyboard); the inbox filters by the answer.
  await ada.getByRole("button", { name: "Reopen conversation" }).click();
  await ada.getByRole("button", { name: "Close conversation" }).click();
  const dialog = ada.getByRole("dialog", { name: "Close conversation" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Not a fit").focus();
  await ada.keyboard.press("Space");
  await dialog.getByRole("button", { name: "Close", exact: true }).press("Enter");
  await expect(dialog).toBeHidden(slow);
  await expect(ada.getByLabel("Lead qualification")).toHaveValue("not_a_fit");
  await ada.goto("/inbox?view=all&status=closed&qualification=not_a_fit");
  await expect(ada.getByRole("listitem").filter({ hasText: email })).toContainText("Lead: Not a fit");

  // Leave the workspace as the other specs expect it: no Slack, no booking link.
  await ada.goto("/settings/profile");
  await ada.getByLabel("Booking link").fill("");
  await ada.getByRole("button", { name: "Save profile" }).click();
  await expect(ada.getByRole("status").filter({ hasText: "Profile saved." })).toBeVisible(slow);
  await ada.goto("/settings/integrations");
  await ada.getByRole("button", { name: "Disconnect Slack" }).click();
  await expect(ada.getByRole("button", { name: "Connect with a bot token" })).toBeVisible(slow);
  await visitor.context().close();
  await sandbox.context().close();
});
