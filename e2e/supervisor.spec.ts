// Supervisors and SLAs (issue 4): "Need assistance" from an agent to the supervisor dashboard and back off,
// SLA policies in Settings, and the notification center before anything was sent.
import { type APIRequestContext, type Browser, expect, type Page, test } from "@playwright/test";
import { browserNotificationsOf, memberTab, signIn } from "./support";

const KEY = "pk_acme_demo";

// A visitor conversation through the public widget API, as the widget itself creates one.
async function widgetConversation(request: APIRequestContext, body: string): Promise<string> {
  const session = await request.post("/api/widget/session", { data: { key: KEY } });
  expect(session.ok()).toBe(true);
  const { token } = (await session.json()) as { token: string };
  const sent = await request.post("/api/widget/messages", { data: { key: KEY, token, body } });
  expect(sent.status()).toBe(201);
  return ((await sent.json()) as { conversationId: string }).conversationId;
}

async function memberPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

test("an agent asks for assistance, the supervisor sees it live and turns it off", async ({
  browser,
  request,
}) => {
  const conversationId = await widgetConversation(request, `I need a quote for 40 seats ${Date.now()}`);

  const sam = await memberPage(browser, "sam@acme.test");
  await sam.goto("/supervisor");
  await expect(sam.getByRole("heading", { name: "Supervisor", level: 1 })).toBeVisible();
  const requests = sam.getByRole("list", { name: "Assistance requests" });
  const requestRow = sam
    .getByRole("listitem")
    .filter({ has: sam.locator(`a[href="/inbox/${conversationId}"]`) });

  const nadia = await memberPage(browser, "nadia@acme.test");
  await nadia.goto(`/inbox/${conversationId}`);
  const toggle = nadia.getByRole("button", { name: "Need assistance" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");

  // The dashboard was open before the request: it shows up without a reload.
  await expect(requests).toBeVisible();
  await expect(requestRow).toContainText("Nadia Agent asked for help");
  await expect(requestRow).toContainText(/just now|min ago/);
  await requestRow.getByRole("button", { name: /^Turn off: Nadia Agent on / }).click();
  await expect(requestRow).toHaveCount(0);

  // The agent's view follows: the request is no longer pressed.
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await sam.context().close();
  await nadia.context().close();
});

test("an admin sets an SLA policy for Sales; an invalid one is refused field by field", async ({ page }) => {
  await signIn(page, "ada@acme.test");
  await page.goto("/settings/profile");
  await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "SLA" }).click();
  await expect(page).toHaveURL(/\/settings\/sla$/);
  await expect(page.getByRole("heading", { name: "SLA", level: 1 })).toBeVisible();

  await page.getByLabel("Routing group").selectOption({ label: "Sales" });
  await page.getByLabel("First response target", { exact: true }).fill("0");
  await page.getByLabel("Next response target", { exact: true }).fill("-3");
  await page.getByLabel(/^Warning point/).fill("100");
  await page.getByRole("button", { name: "Save policy" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Please correct the highlighted fields." }),
  ).toBeVisible();
  await expect(page.getByLabel("First response target", { exact: true })).toHaveAccessibleDescription(
    "First response target must be greater than 0",
  );
  await expect(page.getByLabel("Next response target", { exact: true })).toHaveAccessibleDescription(
    "Next response target must be greater than 0",
  );
  await expect(page.getByLabel(/^Warning point/)).toHaveAccessibleDescription(
    "Warning point must be between 1 and 99 %",
  );

  await page.getByLabel("First response target", { exact: true }).fill("15");
  await page.getByLabel("Next response target", { exact: true }).fill("1");
  await page.getByLabel("Next response target unit").selectOption("hours");
  await page.getByLabel(/^Warning point/).fill("80");
  await page.getByRole("button", { name: "Save policy" }).click();
  await expect(page.getByRole("status").filter({ hasText: "SLA policy for “Sales” saved." })).toBeVisible();
  const sales = page
    .getByRole("list", { name: "SLA policies" })
    .getByRole("listitem")
    .filter({ hasText: "Sales" });
  await expect(sales).toContainText("15 min");
  await expect(sales).toContainText("1 h");
  await expect(sales).toContainText("80 %");
});

test("a new conversation lands in the notification center; mark all read empties Unread", async ({
  page,
  request,
}) => {
  // A visitor's first message: every Sales member (Luca among them) gets it in the notification center (X4).
  const session = await (await request.post("/api/widget/session", { data: { key: "pk_acme_demo" } })).json();
  const sent = await request.post("/api/widget/messages", {
    data: { key: "pk_acme_demo", token: session.token, body: "Is there a student discount?" },
  });
  expect(sent.status()).toBe(201);

  await signIn(page, "luca@acme.test");
  const mainNav = page.getByRole("navigation", { name: "Main" });
  await mainNav.getByRole("link", { name: /^Notifications, \d+ unread$/ }).click();
  await expect(page).toHaveTitle("Notifications · Herald");
  await expect(page.getByRole("main")).toContainText("Is there a student discount?"); // X5: the words, in-app

  const filter = page.getByRole("navigation", { name: "Notification filter" });
  await expect(filter.getByRole("link", { name: "All" })).toHaveAttribute("aria-current", "page");
  await page.getByRole("button", { name: "Mark all read" }).click();
  await expect(mainNav.getByRole("link", { name: "Notifications", exact: true })).toBeVisible();
  await filter.getByRole("link", { name: "Unread" }).click();
  await expect(page).toHaveURL(/\/notifications\?filter=unread$/);
  await expect(page.getByRole("heading", { name: "No unread notifications" })).toBeVisible();
});

async function askForAssistance(browser: Browser, conversationId: string) {
  const nadia = await memberPage(browser, "nadia@acme.test");
  await nadia.goto(`/inbox/${conversationId}`);
  const toggle = nadia.getByRole("button", { name: "Need assistance" });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await nadia.context().close();
}

test("AS1, X5: Need assistance reaches Sam as a browser notification on /inbox and a toast on /supervisor; Ada gets nothing", async ({
  browser,
  request,
}) => {
  const needsHelp = /^Nadia Agent needs assistance with Visitor [0-9a-f]{4}$/;
  const sam = await memberTab(browser, "sam@acme.test", "/inbox", true);
  const ada = await memberTab(browser, "ada@acme.test", "/inbox", true);
  await askForAssistance(
    browser,
    await widgetConversation(request, `Which plan fits 12 seats? ${Date.now()}`),
  );
  await expect
    .poll(async () => (await browserNotificationsOf(sam)).map((n) => n.title), { timeout: 15_000 })
    .toContainEqual(expect.stringMatching(needsHelp));
  await sam.context().close();

  // On the dashboard, in front: an in-app toast instead.
  const dashboard = await memberTab(browser, "sam@acme.test", "/supervisor", false);
  await dashboard.bringToFront();
  await dashboard.mouse.move(100, 100);
  await askForAssistance(browser, await widgetConversation(request, `Can I pay yearly? ${Date.now()}`));
  await expect(dashboard.getByRole("status", { name: needsHelp })).toBeVisible({ timeout: 15_000 });

  // Ada is an admin, not a supervisor: no interruption, and nothing in her notification center.
  expect((await browserNotificationsOf(ada)).map((n) => n.title)).not.toContainEqual(
    expect.stringMatching(needsHelp),
  );
  await ada.goto("/notifications");
  await expect(ada.getByRole("main").getByText(/needs assistance/)).toHaveCount(0);
  await dashboard.context().close();
  await ada.context().close();
});
