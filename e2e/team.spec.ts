import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test("an admin invites a teammate who accepts in another browser and lands signed in", async ({
  page,
  browser,
}) => {
  const email = `teammate-${Date.now()}@example.test`;
  await signIn(page, "ada@acme.test");
  await page.goto("/settings/team");
  const inviteForm = page.getByRole("form", { name: "Invite a teammate" });
  await inviteForm.getByLabel("Email").fill(email);
  await inviteForm.getByLabel("Role").selectOption("supervisor");
  await inviteForm.getByRole("button", { name: "Send invitation" }).click();
  const link = await page.getByLabel("Invite link").inputValue();
  expect(link).toContain("/invite/");
  await expect(page.getByRole("table", { name: "Pending invitations" })).toContainText(email);

  const context = await browser.newContext();
  const invitee = await context.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: "Join Acme" })).toBeVisible();
  await expect(invitee.getByLabel("Email")).toHaveValue(email);
  await invitee.getByLabel("Your name").fill("Tess Teammate");
  await invitee.getByLabel("Password", { exact: true }).fill("a-good-password");
  await invitee.getByLabel("Confirm password").fill("a-good-password");
  await invitee.getByRole("button", { name: "Join Acme" }).click();
  await expect(invitee).toHaveURL(/\/inbox$/);
  const session = await (await invitee.request.get("/api/auth/session")).json();
  expect(session.user.email).toBe(email);
  await context.close();

  await page.reload();
  await expect(page.getByRole("table", { name: "Members" })).toContainText("Tess Teammate");
});

test("an admin creates a routing group and adds members, still there after a reload", async ({ page }) => {
  await signIn(page, "ada@acme.test");
  await page.goto("/settings/routing-groups");
  await page.getByLabel("Group name").fill("Billing");
  await page.getByRole("button", { name: "Create group" }).click();
  const billing = page.getByRole("region", { name: "Billing" });
  await expect(billing).toBeVisible();
  await billing.getByText("Edit Billing").click();
  await billing.getByRole("checkbox", { name: "Nadia Agent" }).check();
  await billing.getByRole("checkbox", { name: "Sam Supervisor" }).check();
  await billing.getByRole("button", { name: "Save members" }).click();
  await expect(billing.getByRole("status")).toHaveText("Members saved.");

  await page.reload();
  const members = page
    .getByRole("region", { name: "Billing" })
    .getByRole("list", { name: "Members of Billing" });
  await expect(members.getByRole("listitem")).toHaveText(["Nadia Agent", "Sam Supervisor"]);
});

test("an agent opening the team settings gets the 403 page", async ({ page }) => {
  await signIn(page, "nadia@acme.test");
  const response = await page.goto("/settings/team");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You don’t have access to this page" })).toBeVisible();
});

test("an invalid invitation link says so", async ({ page }) => {
  await page.goto("/invite/not-a-real-token");
  await expect(page.getByRole("heading", { name: "Invitation not valid" })).toBeVisible();
  await expect(page.getByText("This invitation link isn’t valid.")).toBeVisible();
});
