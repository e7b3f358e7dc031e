// RULES.md IC7 end to end: a visitor on /demo cancels their pending chat request; a Sales agent sees it leave
// the open inbox and finds "Chat request cancelled" in their notification center.
import { expect, test } from "@playwright/test";
import { signIn } from "./support";

test("a visitor cancels a pending chat request and the Sales group is told in-app", async ({ browser }) => {
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/demo");
  await visitor.getByRole("button", { name: "Open chat" }).click();
  const frame = visitor.frameLocator('iframe[title="Chat"]');
  const question = `Can I get a quote for 40 seats? ${Date.now()}`;
  await frame.getByLabel("Message").fill(question);
  await frame.getByRole("button", { name: "Send" }).click();
  await expect(frame.getByRole("log")).toContainText(question);

  // Nadia is in Sales, the demo's default group: the request is in the open inbox first.
  const agent = await (await browser.newContext()).newPage();
  await signIn(agent, "nadia@acme.test");
  await agent.goto("/inbox?view=all");
  const row = agent.getByRole("listitem").filter({ hasText: question });
  await expect(row).toHaveCount(1);

  await frame.getByRole("button", { name: "Cancel chat request" }).click();
  await expect(frame.getByText("Request cancelled. Write again any time.")).toBeVisible();
  await expect(frame.getByRole("button", { name: "Cancel chat request" })).toBeHidden();

  // The request disappears: live, and on a fresh load of the open list.
  await expect(row).toHaveCount(0);
  await agent.goto("/inbox?view=all");
  await expect(agent.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(agent.getByRole("listitem").filter({ hasText: question })).toHaveCount(0);

  await agent.goto("/notifications");
  const notifications = agent.getByRole("list", { name: "Notifications" });
  await expect(
    notifications
      .getByRole("listitem")
      .filter({ hasText: /Visitor [0-9a-f]{4} cancelled their chat request/ }),
  ).not.toHaveCount(0);

  // Writing again starts a new request, which can be cancelled too.
  await frame.getByLabel("Message").fill("Actually, one more question");
  await frame.getByRole("button", { name: "Send" }).click();
  await expect(frame.getByRole("log")).toContainText("Actually, one more question");
  await expect(frame.getByRole("button", { name: "Cancel chat request" })).toBeVisible();
  await visitor.context().close();
  await agent.context().close();
});
