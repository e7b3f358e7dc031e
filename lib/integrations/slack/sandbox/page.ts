// The sandbox's own page (development only): its channels, DMs and threads, and a form to reply in a thread as
// any Slack user — mapped or not — which the sandbox sends to Herald as a signed Events API event.
import type { SandboxWorkspace } from "./workspace";

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function sandboxPage(ws: SandboxWorkspace): string {
  const nameOf = (id: string) =>
    id === ws.botUserId ? "Herald (app)" : (ws.users.find((u) => u.id === id)?.realName ?? id);
  const userOptions = ws.users
    .map((u) => `<option value="${u.id}">${esc(u.realName)} (${esc(u.email)})</option>`)
    .join("");
  const channels = ws.channels
    .map((c) => {
      const roots = ws.messages.filter((m) => m.channel === c.id && !m.threadTs);
      if (roots.length === 0) return `<h2>${c.isIm ? "DM" : "#"}${esc(c.name)}</h2><p>No messages.</p>`;
      const threads = roots.map((root) => {
        const replies = ws.messages.filter((m) => m.channel === c.id && m.threadTs === root.ts);
        const line = (m: typeof root) =>
          `<li><b>${esc(nameOf(m.user))}</b>${m.ephemeralTo ? ` <i>(only ${esc(nameOf(m.ephemeralTo))} sees this)</i>` : ""}: ${esc(m.text)}</li>`;
        return `<article><p>${line(root).slice(4, -5)}</p><ul>${replies.map(line).join("")}</ul>
<form method="post" action="/reply"><input type="hidden" name="channel" value="${c.id}"><input type="hidden" name="thread_ts" value="${root.ts}">
<label>Reply as <select name="user">${userOptions}</select></label> <input name="text" aria-label="Reply in thread" required size="50"> <button>Reply in thread</button></form></article>`;
      });
      return `<h2>${c.isIm ? "DM " : "#"}${esc(c.name)}</h2>${threads.join("")}`;
    })
    .join("");
  return `<!doctype html><meta charset="utf-8"><title>Slack sandbox</title>
<style>body{font:14px system-ui;margin:2rem;max-width:60rem}article{border:1px solid #ddd;border-radius:6px;padding:.5rem 1rem;margin:.5rem 0}</style>
<h1>Slack sandbox — ${esc(ws.teamName)}</h1><p>Reload to see new posts. Replies go to Herald as signed Events API events.</p>${channels}`;
}
