// Signing in and out as a person would: password, wrong credentials, the rate limit, the session gate, and
// email sign-in hidden without an email provider. Only sign-in pages are relied on, not the app shell.
import { expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./support";

const WRONG_CREDENTIALS = "Incorrect email or password.";

// The form's error. (Next's route announcer is an alert too, but an empty one.)
const formError = (page: Page) => page.getByRole("alert").filter({ hasText: /\S/ });

// Submits the password form and waits for the server action's answer, so attempts never overlap.
async function submitPassword(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  const answered = page.waitForResponse(
    (r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/sign-in",
  );
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await answered;
}

async function hasSessionCookie(page: Page) {
  const cookies = await page.context().cookies();
  return cookies.some((c) => c.name.endsWith("authjs.session-token"));
}

test("signing in with email and password lands in the app", async ({ page }) => {
  await signIn(page, "ada@acme.test");
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(page.getByRole("heading", { name: "Sign in to Herald" })).toHaveCount(0);
  expect(await hasSessionCookie(page)).toBe(true);
});

test("a wrong password and an unknown email get the same single message", async ({ page }) => {
  await page.goto("/sign-in");
  await submitPassword(page, "sam@acme.test", "not-the-password");
  await expect(formError(page)).toHaveText(WRONG_CREDENTIALS);
  await expect(formError(page)).toHaveCount(1);
  await expect(page).toHaveURL(/\/sign-in/);

  await page.goto("/sign-in");
  await submitPassword(page, "nobody-here@acme.test", DEMO_PASSWORD);
  await expect(formError(page)).toHaveText(WRONG_CREDENTIALS);
  await expect(formError(page)).toHaveCount(1);
  expect(await hasSessionCookie(page)).toBe(false);
});

test("the sixth attempt right after five failures for one email waits, and says how long", async ({
  page,
}) => {
  // Unique per run, so a rerun against the same server (or a CI retry) starts from zero failures.
  const email = `rate-limited-${Date.now()}@acme.test`;
  // A fresh page per attempt: React resets the form after each answer, which could wipe the next attempt's
  // typing, and a fresh page has no earlier message the assertion could mistake for this one.
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.goto("/sign-in");
    await submitPassword(page, email, `wrong-password-${attempt}`);
    await expect(formError(page)).toHaveText(WRONG_CREDENTIALS);
  }
  await page.goto("/sign-in");
  await submitPassword(page, email, "wrong-password-6");
  await expect(formError(page)).toContainText(/Too many failed attempts\. Try again in \d+ seconds/);
});

test("signed out, /inbox redirects to sign-in, which returns there after signing in", async ({ page }) => {
  await page.goto("/inbox");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Finbox$/);
  await expect(page.getByRole("heading", { name: "Sign in to Herald" })).toBeVisible();
  await submitPassword(page, "nadia@acme.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/inbox$/);
});

test("a callbackUrl to another site is ignored", async ({ page }) => {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("//evil.example/inbox")}`);
  await submitPassword(page, "luca@acme.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/inbox$/);
});

test("signing out through the Auth.js endpoint ends the session", async ({ page }) => {
  await signIn(page, "matteo@acme.test");
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const response = await page.request.post("/api/auth/signout", { form: { csrfToken } });
  expect(response.ok()).toBe(true);
  expect(await hasSessionCookie(page)).toBe(false);
  // A fresh tab of the same browser (same cookies): the signed-in tab may still be refreshing itself, and a
  // navigation started meanwhile would be aborted by it.
  const tab = await page.context().newPage();
  await tab.goto("/inbox");
  await expect(tab).toHaveURL(/\/sign-in/);
});

// The e2e server has no email provider: in production that hides email sign-in (nothing to send it with,
// and links are never printed to a production log). e2e/first-run.spec.ts covers it with one.
test("without an email provider in production, email sign-in is hidden", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByLabel("Password")).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign in with an email link instead" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Forgot password?" })).toHaveCount(0);
  expect((await page.request.get("/forgot-password")).status()).toBe(404);
});
