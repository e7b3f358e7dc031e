// The sandbox's own page (development only): its channels, DMs and threads; a form to reply in a thread as any
// Slack user — mapped or not — sent to Herald as a signed Events API event; the message shortcuts (SK8) on any
// message of a thread, the app's buttons (the thread root's Close, SK9) and the modals they open, all sent to
// Herald as signed interactivity payloads.
import type { SandboxMessage, SandboxView, SandboxWorkspace } from "./workspace";

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

interface ButtonElement {
  type: string;
  action_id?: string;
  value?: string;
  url?: string;
  text?: { text: string };
}

// The app's buttons that call back (an action_id and a value, no URL): the sandbox can press them.
const pressableButtons = (m: SandboxMessage): ButtonElement[] =>
  (m.blocks ?? []).flatMap((b) => {
    const block = b as { type?: string; elements?: ButtonElement[] };
    return block.type === "actions"
      ? (block.elements ?? []).filter((e) => e.type === "button" && e.action_id && e.value && !e.url)
      : [];
  });

interface RadioInput {
  block_id: string;
  label?: { text: string };
  element?: { type: string; action_id: string; options?: { text: { text: string }; value: string }[] };
}

function modal(v: SandboxView, nameOf: (id: string) => string): string {
  const input = (v.view.blocks ?? []).find((b) => (b as RadioInput).element?.type === "radio_buttons") as
    | RadioInput
    | undefined;
  const radios = (input?.element?.options ?? [])
    .map(
      (o) => `<label><input type="radio" name="choice" value="${esc(o.value)}"> ${esc(o.text.text)}</label>`,
    )
    .join(" ");
  return `<section class="modal" aria-label="Modal: ${esc(v.view.title?.text ?? "")}"><h2>${esc(v.view.title?.text ?? "Modal")} <small>(opened for ${esc(nameOf(v.user))})</small></h2>
<form method="post" action="/submit-view"><input type="hidden" name="view_id" value="${v.id}"><input type="hidden" name="block_id" value="${esc(input?.block_id ?? "")}"><input type="hidden" name="action_id" value="${esc(input?.element?.action_id ?? "")}">
<fieldset><legend>${esc(input?.label?.text ?? "")}</legend>${radios}</fieldset> <button>Submit</button></form>
<form method="post" action="/dismiss-view"><input type="hidden" name="view_id" value="${v.id}"><button>Cancel</button></form></section>`;
}

export function sandboxPage(ws: SandboxWorkspace): string {
  const nameOf = (id: string) =>
    id === ws.botUserId ? "Herald (app)" : (ws.users.find((u) => u.id === id)?.realName ?? id);
  const userOptions = ws.users
    .map((u) => `<option value="${u.id}">${esc(u.realName)} (${esc(u.email)})</option>`)
    .join("");
  const asUser = (label: string) => `<label>${label} <select name="user">${userOptions}</select></label>`;
  const channels = ws.channels
    .map((c) => {
      const roots = ws.messages.filter((m) => m.channel === c.id && !m.threadTs);
      if (roots.length === 0) return `<h2>${c.isIm ? "DM" : "#"}${esc(c.name)}</h2><p>No messages.</p>`;
      const threads = roots.map((root) => {
        const replies = ws.messages.filter((m) => m.channel === c.id && m.threadTs === root.ts);
        const line = (m: typeof root) =>
          `<li><b>${esc(nameOf(m.user))}</b>${m.ephemeralTo ? ` <i>(only ${esc(nameOf(m.ephemeralTo))} sees this)</i>` : ""}: ${esc(m.text)}</li>`;
        const onMessage = [root, ...replies.filter((m) => !m.ephemeralTo)]
          .map((m) => `<option value="${m.ts}">${esc(nameOf(m.user))}: ${esc(m.text.slice(0, 40))}</option>`)
          .join("");
        const buttons = pressableButtons(root)
          .map(
            (b) =>
              `<form method="post" action="/press"><input type="hidden" name="channel" value="${c.id}"><input type="hidden" name="message_ts" value="${root.ts}"><input type="hidden" name="action_id" value="${esc(b.action_id ?? "")}"><input type="hidden" name="value" value="${esc(b.value ?? "")}">
${asUser("Press as")} <button>${esc(b.text?.text ?? b.action_id ?? "")}</button></form>`,
          )
          .join("");
        return `<article aria-label="Thread: ${esc(root.text.slice(0, 80))}"><p>${line(root).slice(4, -5)}</p>${buttons}<ul>${replies.map(line).join("")}</ul>
<form method="post" action="/reply"><input type="hidden" name="channel" value="${c.id}"><input type="hidden" name="thread_ts" value="${root.ts}">
${asUser("Reply as")} <input name="text" aria-label="Reply in thread" required size="50"> <button>Reply in thread</button></form>
<form method="post" action="/shortcut"><input type="hidden" name="channel" value="${c.id}">
${asUser("Shortcut as")} <label>on <select name="message_ts">${onMessage}</select></label>
<button name="callback_id" value="book_meeting">Book meeting</button> <button name="callback_id" value="collect_information">Collect information</button></form></article>`;
      });
      return `<h2>${c.isIm ? "DM " : "#"}${esc(c.name)}</h2>${threads.join("")}`;
    })
    .join("");
  const modals = ws.views
    .filter((v) => v.open)
    .map((v) => modal(v, nameOf))
    .join("");
  return `<!doctype html><meta charset="utf-8"><title>Slack sandbox</title>
<style>body{font:14px system-ui;margin:2rem;max-width:60rem}article{border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem;margin:.5rem 0}form{margin:.25rem 0}.modal{border:2px solid #4f46e5;border-radius:8px;padding:.5rem 1rem}</style>
<h1>Slack sandbox — ${esc(ws.teamName)}</h1><p>Reload to see new posts. Replies go to Herald as signed Events API events; shortcuts, buttons and modals as signed interactivity payloads.</p>${modals}${channels}`;
}
