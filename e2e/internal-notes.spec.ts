// Internal notes with @mentions (IC8): Ada writes a note mentioning Luca on a visitor's conversation; Luca, with
// the app open and focused, is told at once; the visitor never sees the note.
import { type APIRequestContext, type Browser, expect, type Page, test } from "@playwright/test";
import { signIn } from "./support";

const KEY = "pk_acme_demo";

// A visitor conversation through the public widget API, as the widget itself creates one.
async function widgetConversation(request: APIRequestContext, body: string) {
  const session = await request.post("/api/widget/session", { data: { key: KEY } });
  expect(session.ok()).toBe(true);
  const { token } = (await session.json()) as { token: string };
  const sent = await request.post("/api/widget/messages", { data: { key: KEY, token, body } });
  expect(sent.status()).toBe(201);
  return { token, conversationId: ((await sent.json()) as { conversationId: string }).conversationId };
}

async function memberPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

test("Ada's note mentioning Luca notifies Luca at once and never reaches the visitor", async ({
  browser,
  request,
}) => {
  const stamp = Date.now();
  const { token, conversationId } = await widgetConversation(request, `Can I change my plan? ${stamp}`);

  const luca = await memberPage(browser, "luca@acme.test");
  await luca.goto("/inbox");
  await luca.bringToFront();

  const ada = await memberPage(browser, "ada@acme.test");
  await ada.goto(`/inbox/${conversationId}`);
  const noteTab = ada.getByRole("tab", { name: "Internal note" });
  await noteTab.click();
  await expect(noteTab).toHaveAttribute("aria-selected", "true");
  const note = ada.getByRole("textbox", { name: "Internal note" });
  await note.fill("Billing question, ");
  await note.pressSequentially("@lu");
  const teammates = ada.getByRole("listbox", { name: "Teammates to mention" });
  await expect(teammates.getByRole("option", { name: "Luca Agent" })).toBeVisible();
  await note.press("ArrowDown");
  await note.press("ArrowUp");
  await expect(teammates.getByRole("option", { name: "Luca Agent" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await note.press("Enter");
  await expect(teammates).toHaveCount(0);
  await note.pressSequentially(`can you take it? ${stamp}`);
  await expect(note).toHaveValue(`Billing question, @Luca Agent can you take it? ${stamp}`);
  await ada.getByRole("button", { name: "Add note" }).click();

  const transcript = ada.getByRole("log", { name: "Transcript" });
  await expect(transcript).toContainText("Internal note");
  await expect(transcript).toContainText(`can you take it? ${stamp}`);

  // Luca, focused on the app, gets the in-app toast (IC4) and the notification center row.
  await luca.bringToFront();
  // X5: who mentioned Luca, on whose chat, and the note's first words.
  const mentioned = /^Ada Admin mentioned you on Visitor [0-9a-f]{4}’s chat$/;
  await expect(luca.getByRole("status", { name: mentioned })).toBeVisible();
  await expect(luca.getByRole("status", { name: mentioned })).toContainText(`can you take it? ${stamp}`);
  await luca.goto("/notifications");
  await expect(luca.getByRole("main")).toContainText(/Ada Admin mentioned you on Visitor [0-9a-f]{4}’s chat/);

  // The visitor's side: the widget conversation API has the visitor's message and not the note.
  const seen = await request.get(`/api/widget/conversation?key=${KEY}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(seen.ok()).toBe(true);
  const text = JSON.stringify(await seen.json());
  expect(text).toContain(`Can I change my plan? ${stamp}`);
  expect(text).not.toContain("can you take it?");

  await ada.context().close();
  await luca.context().close();
});
