// The sandbox's interactivity as Slack behaves (PROVIDERS.md §1.5): signed `payload=` forms, and views.open taking a
// trigger_id once, within 3 s.
import { describe, expect, it } from "vitest";
import { verifySlackSignature } from "../signature";
import { buttonPressRequest, messageShortcutRequest, openView, TRIGGER_LIFETIME_MS } from "./interactions";
import { seedSandboxWorkspace } from "./workspace";

const payloadOf = (rawBody: string) => JSON.parse(new URLSearchParams(rawBody).get("payload") ?? "null");

describe("the sandbox's interactivity", () => {
  it("signs a message shortcut as a form with one JSON payload, naming the message's thread", () => {
    const ws = seedSandboxWorkspace();
    ws.messages.push({ channel: "C0SALES", ts: "2.0", threadTs: "1.0", user: "U0LUCA", text: "reply" });
    const request = messageShortcutRequest(ws, {
      user: "U0NADIA",
      channel: "C0SALES",
      messageTs: "2.0",
      callbackId: "book_meeting",
    });
    const check = verifySlackSignature({
      signingSecret: ws.signingSecret,
      timestamp: request.headers["x-slack-request-timestamp"],
      signature: request.headers["x-slack-signature"],
      rawBody: request.rawBody,
      now: new Date(),
    });
    expect(check).toEqual({ ok: true });
    expect(payloadOf(request.rawBody)).toMatchObject({
      type: "message_action",
      callback_id: "book_meeting",
      user: { id: "U0NADIA" },
      channel: { id: "C0SALES" },
      message: { ts: "2.0", thread_ts: "1.0" },
      team: { id: ws.teamId },
    });
  });

  it("views.open takes a trigger_id once and only within 3 s, as Slack does", () => {
    const ws = seedSandboxWorkspace();
    const now = Date.now();
    const press = (at: number) =>
      payloadOf(
        buttonPressRequest(
          ws,
          {
            user: "U0NADIA",
            channel: "C0SALES",
            messageTs: "1.0",
            actionId: "close_conversation",
            value: "c",
          },
          at,
        ).rawBody,
      ).trigger_id as string;
    const view = JSON.stringify({ type: "modal", callback_id: "lead_qualification" });
    const fresh = press(now);
    expect(openView(ws, { trigger_id: fresh, view }, now + 100)).toMatchObject({ ok: true });
    expect(openView(ws, { trigger_id: fresh, view }, now + 200)).toEqual({
      ok: false,
      error: "exchanged_trigger_id",
    });
    const old = press(now);
    expect(openView(ws, { trigger_id: old, view }, now + TRIGGER_LIFETIME_MS + 1)).toEqual({
      ok: false,
      error: "expired_trigger_id",
    });
    expect(openView(ws, { trigger_id: "made-up", view }, now)).toEqual({
      ok: false,
      error: "invalid_trigger_id",
    });
    expect(ws.views).toHaveLength(1);
    expect(ws.views[0]).toMatchObject({
      user: "U0NADIA",
      open: true,
      view: { callback_id: "lead_qualification" },
    });
  });
});
