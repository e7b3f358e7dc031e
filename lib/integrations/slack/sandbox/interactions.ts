// The sandbox playing Slack's interactivity towards Herald (PROVIDERS.md §1.5): signed `payload=<JSON>` form
// posts for a message shortcut (SK8), a button press in Herald's own message (the thread root's Close, SK9) and a
// modal's submission; and views.open, which honours the trigger_id's 3-second life and single use.
import { signedSlackHeaders } from "../signature";
import type { SandboxWorkspace } from "./workspace";

export const TRIGGER_LIFETIME_MS = 3000;

let counter = 0;
const nextId = (prefix: string) => `${prefix}${Date.now()}${++counter}`;

function issueTrigger(ws: SandboxWorkspace, user: string, now: number): string {
  const id = `${++counter}.${Date.now()}.${Math.random().toString(16).slice(2, 10)}`;
  ws.triggers.set(id, { user, issuedAt: now, used: false });
  return id;
}

const signed = (ws: SandboxWorkspace, payload: object, now: number) => {
  const rawBody = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return { rawBody, headers: signedSlackHeaders(ws.signingSecret, rawBody, new Date(now)) };
};

const base = (ws: SandboxWorkspace, user: string, now: number) => ({
  token: "sandbox",
  trigger_id: issueTrigger(ws, user, now),
  team: { id: ws.teamId, domain: "acme" },
  user: { id: user, name: ws.users.find((u) => u.id === user)?.name ?? user, team_id: ws.teamId },
  api_app_id: ws.appId,
});

// A message shortcut ("Book meeting", "Collect information") on a message of a channel.
export function messageShortcutRequest(
  ws: SandboxWorkspace,
  input: { user: string; channel: string; messageTs: string; callbackId: string },
  now = Date.now(),
) {
  const message = ws.messages.find((m) => m.channel === input.channel && m.ts === input.messageTs);
  return signed(
    ws,
    {
      type: "message_action",
      callback_id: input.callbackId,
      action_ts: `${now / 1000}`,
      message_ts: input.messageTs,
      response_url: "https://hooks.slack.invalid/sandbox",
      channel: { id: input.channel, name: ws.channels.find((c) => c.id === input.channel)?.name },
      message: {
        type: "message",
        ts: input.messageTs,
        thread_ts: message?.threadTs,
        text: message?.text ?? "",
      },
      ...base(ws, input.user, now),
    },
    now,
  );
}

// A button pressed in a message the app posted: its action_id and value, as the message's blocks say.
export function buttonPressRequest(
  ws: SandboxWorkspace,
  input: { user: string; channel: string; messageTs: string; actionId: string; value: string },
  now = Date.now(),
) {
  const message = ws.messages.find((m) => m.channel === input.channel && m.ts === input.messageTs);
  return signed(
    ws,
    {
      type: "block_actions",
      container: {
        type: "message",
        message_ts: input.messageTs,
        channel_id: input.channel,
        is_ephemeral: false,
      },
      channel: { id: input.channel },
      message: { ts: input.messageTs, thread_ts: message?.threadTs, text: message?.text ?? "" },
      actions: [
        {
          type: "button",
          action_id: input.actionId,
          block_id: "b",
          value: input.value,
          action_ts: `${now / 1000}`,
        },
      ],
      ...base(ws, input.user, now),
    },
    now,
  );
}

// Submitting an open modal with one radio choice per input block (or none: an optional field left empty).
export function viewSubmissionRequest(
  ws: SandboxWorkspace,
  input: { viewId: string; choices: Record<string, { actionId: string; value: string | null }> },
  now = Date.now(),
) {
  const opened = ws.views.find((v) => v.id === input.viewId);
  if (!opened) throw new Error(`no view ${input.viewId} in the sandbox`);
  const values = Object.fromEntries(
    Object.entries(input.choices).map(([blockId, c]) => [
      blockId,
      { [c.actionId]: { type: "radio_buttons", selected_option: c.value ? { value: c.value } : null } },
    ]),
  );
  return signed(
    ws,
    {
      type: "view_submission",
      view: {
        id: opened.id,
        callback_id: opened.view.callback_id ?? "",
        private_metadata: opened.view.private_metadata ?? "",
        state: { values },
        hash: nextId("h"),
      },
      ...base(ws, opened.user, now),
    },
    now,
  );
}

// views.open as Slack answers it: a trigger_id is good once, for 3 s after the interaction that made it.
export function openView(ws: SandboxWorkspace, args: Record<string, string>, now = Date.now()) {
  const trigger = ws.triggers.get(args.trigger_id ?? "");
  if (!trigger) return { ok: false, error: "invalid_trigger_id" };
  if (trigger.used) return { ok: false, error: "exchanged_trigger_id" };
  if (now - trigger.issuedAt > TRIGGER_LIFETIME_MS) return { ok: false, error: "expired_trigger_id" };
  trigger.used = true;
  const id = nextId("V");
  ws.views.push({ id, user: trigger.user, view: JSON.parse(args.view ?? "{}"), open: true });
  return { ok: true, view: { id } };
}
