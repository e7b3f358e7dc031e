// Shared steps for end-to-end tests.
import { type Browser, expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-password";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

// Records every `new Notification()`; `background` also makes the page look hidden and unfocused, as another tab
// in front would: headless Chromium never hides a page by itself. Passed to addInitScript: runs before the app.
export function notificationSpy(background: boolean) {
  const calls: { title: string; body?: string }[] = [];
  Object.defineProperty(window, "__notifications", { value: calls });
  const Real = window.Notification;
  class Spy extends Real {
    constructor(title: string, options?: NotificationOptions) {
      super(title, options);
      calls.push({ title, body: options?.body });
    }
  }
  Object.defineProperty(Spy, "permission", { get: () => Real.permission });
  Object.defineProperty(window, "Notification", { value: Spy, configurable: true, writable: true });
  if (!background) return;
  Object.defineProperty(document, "hidden", { get: () => true, configurable: true });
  Object.defineProperty(document, "visibilityState", { get: () => "hidden", configurable: true });
  document.hasFocus = () => false;
  document.addEventListener("DOMContentLoaded", () => document.dispatchEvent(new Event("visibilitychange")));
}

export const browserNotificationsOf = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __notifications: { title: string; body?: string }[] }).__notifications,
  );

// A member's tab on `path` with the notification spy, once the server has heard whether it is in front: the
// planner reads presence from the server (a loaded machine reports later than a fixed wait would allow).
export async function memberTab(browser: Browser, email: string, path: string, background: boolean) {
  const context = await browser.newContext();
  await context.grantPermissions(["notifications"]);
  await context.addInitScript(notificationSpy, background);
  const page = await context.newPage();
  await signIn(page, email);
  const reported = page.waitForResponse(
    (r) =>
      r.url().endsWith("/api/presence") &&
      r.status() === 204 &&
      (r.request().postDataJSON() as { visible?: boolean } | null)?.visible === !background,
  );
  await page.goto(path);
  await reported;
  return page;
}
