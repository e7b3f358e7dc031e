// A fresh production install, its own server on an empty database with email through a local fake of
// Resend (the mailbox these tests read): /setup creates the first admin, then the account pages.
import { type Browser, expect, type Page, test } from "@playwright/test";
import { type AppServer, startApp } from "../bench/support/server";
import { type FakeResend, startFakeResend } from "../test/fakes/resend-server";

const SETUP_TOKEN = "e2e-first-run-setup-token";
const admin = { name: "Olive Operator", email: "olive@initech.example", password: "first-admin-password" };

let app: AppServer;
let mailbox: FakeResend;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  mailbox = await startFakeResend();
  app = await startApp(
    {
      SETUP_TOKEN,
      RESEND_API_KEY: "re_e2e_fake_key",
      RESEND_BASE_URL: mailbox.baseUrl,
      EMAIL_FROM: "Herald <herald@initech.example>",
      REALTIME: "local",
    },
    { demo: false, host: "localhost" },
  );
});

test.afterAll(async () => {
  await app?.stop();
  await mailbox?.close();
});

const open = async (browser: Browser) => (await browser.newContext({ baseURL: app.origin })).newPage();

async function signIn(page: Page, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/inbox$/);
}

// The link in the newest email to `to` whose subject matches.
function linkInMail(to: string, subject: RegExp): string {
  const mail = mailbox.requests
    .filter((r) => r.path === "/emails" && r.body.to === to && subject.test(String(r.body.subject)))
    .at(-1);
  const link = String(mail?.body.text ?? "").match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error(`no email to ${to} matching ${subject}`);
  return link;
}

test("/setup on an empty production build, then sign in as that admin", async ({ browser }) => {
  const page = await open(browser);
  await page.goto("/sign-in");
  await expect(page).toHaveURL(/\/setup$/);
  await page.getByLabel("Setup token").fill("not-the-token");
  await page.getByLabel("Workspace name").fill("Initech");
  await page.getByLabel("Your name").fill(admin.name);
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "setup token is not valid" }).first()).toBeVisible();

  await page.getByLabel("Setup token").fill(SETUP_TOKEN);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=setup-done$/);
  await expect(page.getByRole("status").filter({ hasText: "Your workspace is ready" })).toBeVisible();
  await signIn(page, admin.password);
  // Setup is over: the page is gone for everyone.
  await page.goto("/setup");
  await expect(page).not.toHaveURL(/\/setup$/);
});

test("change password signs the other browser out", async ({ browser }) => {
  const here = await open(browser);
  const elsewhere = await open(browser);
  await signIn(here, admin.password);
  await signIn(elsewhere, admin.password);

  await here.goto("/settings/profile");
  await here.getByLabel("Current password").fill(admin.password);
  await here.getByLabel("New password", { exact: true }).fill("changed-password-1");
  await here.getByLabel("Confirm new password").fill("changed-password-1");
  await here.getByRole("button", { name: "Change password" }).click();
  await expect(here.getByRole("status").filter({ hasText: "Password changed" })).toBeVisible();
  admin.password = "changed-password-1";

  await elsewhere.goto("/inbox");
  await expect(elsewhere).toHaveURL(/\/sign-in/);
  // This browser stays signed in.
  await here.goto("/inbox");
  await expect(here).toHaveURL(/\/inbox$/);
});

test("forgot-password round trip with the captured mailbox", async ({ browser }) => {
  const page = await open(browser);
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  // The sign-in page has an Email field too: wait for the new page before typing.
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(admin.email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "If an account exists" })).toBeVisible();

  const link = linkInMail(admin.email, /Reset your Herald password/);
  expect(new URL(link).origin).toBe(app.origin); // built from APP_URL
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill("reset-password-1");
  await page.getByLabel("Confirm new password").fill("reset-password-1");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=password-reset$/);
  await signIn(page, "reset-password-1");

  // The link works once.
  await page.goto(link);
  await expect(page.getByText("expired or was already used")).toBeVisible();
  admin.password = "reset-password-1";
});

test("an emailed sign-in link signs in", async ({ browser }) => {
  const page = await open(browser);
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in with an email link instead" }).click();
  await page.getByLabel("Email").fill(admin.email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const link = linkInMail(admin.email, /sign-in link/);
  expect(new URL(link).origin).toBe(app.origin);
  await page.goto(link);
  await expect(page).toHaveURL(/\/inbox$/);
});

test("sign out everywhere ends this session and the others", async ({ browser }) => {
  const here = await open(browser);
  const elsewhere = await open(browser);
  await signIn(here, admin.password);
  await signIn(elsewhere, admin.password);
  await here.goto("/settings/profile");
  await here.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(here).toHaveURL(/\/sign-in\?notice=signed-out-everywhere$/);
  await elsewhere.goto("/inbox");
  await expect(elsewhere).toHaveURL(/\/sign-in/);
});
