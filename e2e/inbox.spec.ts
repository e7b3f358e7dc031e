// The agent app's inbox for a teammate outside every group, 404 for a conversation that is not theirs, and the
// presence reports. (The empty workspace's states: empty-workspace.spec.ts.)
import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test("a teammate in no routing group is told how to join one", async ({ page }) => {
  await signIn(page, "ada@acme.test");
  await page.goto("/inbox?view=groups");
  await expect(page.getByRole("heading", { name: "You are not in a routing group" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Settings → Routing groups" })).toHaveAttribute(
    "href",
    "/settings/routing-groups",
  );
});

test("a conversation that is not in the workspace, or not an id, is a 404", async ({ page }) => {
  await signIn(page, "nadia@acme.test");
  for (const path of ["/inbox/00000000-0000-4000-8000-000000000000", "/inbox/not-an-id"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Conversation not found" })).toBeVisible();
  }
  await page.getByRole("link", { name: "Back to the inbox" }).click();
  await expect(page).toHaveURL(/\/inbox$/);
});

test("the app reports its tab for agent presence; the endpoint checks who asks and what they send", async ({
  page,
  playwright,
}) => {
  await signIn(page, "nadia@acme.test");
  const reported = page.waitForRequest(
    (r) => r.url().endsWith("/api/presence") && r.method() === "POST" && !r.postData()?.includes("gone"),
  );
  await page.goto("/inbox");
  const body = JSON.parse((await reported).postData() ?? "{}");
  expect(body).toMatchObject({ visible: true, conversationId: null });
  expect(typeof body.tabId).toBe("string");

  // What the app's own pages send: its Origin, as JSON (a cookie route refuses anything else).
  const headers = { origin: new URL(page.url()).origin };
  const ok = await page.request.post("/api/presence", { headers, data: { ...body, msSinceInput: 0 } });
  expect(ok.status()).toBe(204);
  const bad = await page.request.post("/api/presence", {
    headers,
    data: { tabId: body.tabId, visible: "yes" },
  });
  expect(bad.status()).toBe(400);
  const gone = await page.request.post("/api/presence", { headers, data: { tabId: body.tabId, gone: true } });
  expect(gone.status()).toBe(204);
  // Another site's page riding on the session cookie: a foreign Origin, or a text/plain body, is refused.
  const foreign = { origin: "https://evil.example" };
  expect(
    (
      await page.request.post("/api/presence", { headers: foreign, data: { tabId: body.tabId, gone: true } })
    ).status(),
  ).toBe(403);
  const plain = { ...headers, "content-type": "text/plain" };
  expect(
    (
      await page.request.post("/api/presence", {
        headers: plain,
        data: JSON.stringify({ tabId: body.tabId, gone: true }),
      })
    ).status(),
  ).toBe(415);

  const anonymous = await playwright.request.newContext({ baseURL: page.url() });
  expect(
    (await anonymous.post("/api/presence", { headers, data: { tabId: body.tabId, gone: true } })).status(),
  ).toBe(401);
  await anonymous.dispose();
});
