// The frame's HTML document (served by app/widget/frame/route.ts, measured by the budget test): static,
// no data in it; frame.js fills it with textContent only.
export const FRAME_SCRIPT_PATH = "/widget/frame.js";

// Only our own script runs in it. connect-src stays open to ws/wss/https because the realtime host is
// configuration (Pusher Channels or a self-hosted server). Framable by the workspace's allowed site origins
// (Settings → Install), or by any site while it has none.
export const frameCsp = (allowedOrigins: readonly string[]) =>
  [
    "default-src 'none'",
    `script-src 'self'`,
    "style-src 'unsafe-inline'",
    "connect-src 'self' https: wss: ws:",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${allowedOrigins.length > 0 ? allowedOrigins.join(" ") : "*"}`,
  ].join("; ");

export const FRAME_CSP = frameCsp([]);

const css = `*{box-sizing:border-box}
html,body{height:100%;margin:0}
body{display:flex;flex-direction:column;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111827;background:#fff}
header{display:flex;align-items:center;justify-content:space-between;padding:10px 8px 10px 16px;background:#4f46e5;color:#fff}
h1{margin:0;font-size:16px}
button{font:inherit;cursor:pointer}
:focus-visible{outline:2px solid #f59e0b;outline-offset:2px}
#hide{width:32px;height:32px;border:0;border-radius:6px;background:none;color:#fff;font-size:24px;line-height:1}
#net{margin:0;padding:4px 16px;background:#fef3c7;color:#92400e;font-size:12px}
#scroll{flex:1;overflow-y:auto;display:flex;flex-direction:column;padding:12px 16px}
#status{margin:auto;padding:0 16px;text-align:center;color:#6b7280}
#log{display:flex;flex-direction:column;gap:4px}
.row{display:flex;flex-direction:column;align-items:flex-start;max-width:85%}
.row.visitor{align-self:flex-end;align-items:flex-end}
.row.system{align-self:center;align-items:center}
.who,.seen{margin-top:6px;font-size:12px;color:#6b7280}
.m{padding:8px 12px;border-radius:14px;background:#f3f4f6;white-space:pre-wrap;overflow-wrap:anywhere}
.visitor .m{background:#4f46e5;color:#fff}
.system .m{background:none;padding:2px;font-size:12px;color:#6b7280}
#cancel{align-self:flex-end;margin:0 8px 4px;padding:2px 8px;border:1px solid #d1d5db;border-radius:6px;background:#fff;color:#374151;font-size:12px}
#contact{display:flex;flex-wrap:wrap;gap:4px;align-items:center;margin:0 8px 6px;padding:6px 8px;border:1px solid #e5e7eb;border-radius:8px;font-size:12px;color:#374151}#contact input{flex:1;min-width:0;padding:3px 6px;border:1px solid #d1d5db;border-radius:6px;font:inherit}#contact[hidden]{display:none}#contact label{width:100%}#contact button{padding:2px 8px;border:1px solid #d1d5db;border-radius:6px;background:#fff;font:inherit}
#typing{min-height:20px;margin:0;padding:0 16px;font-size:12px;color:#6b7280}
form{display:grid;grid-template-columns:1fr auto;gap:4px 8px;align-items:end;padding:8px;border-top:1px solid #e5e7eb}
textarea{height:60px;padding:8px;resize:none;font:inherit;border:1px solid #d1d5db;border-radius:8px}
#send{padding:8px 14px;border:0;border-radius:8px;background:#4f46e5;color:#fff}
#send:disabled{opacity:.5;cursor:default}
#count,#err{grid-column:1/-1;margin:0;font-size:12px}
#count{text-align:right;color:#6b7280}
#count.over,#err{color:#b91c1c}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
[hidden]{display:none!important}`;

export const frameHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Chat</title><style>${css}</style><script src="${FRAME_SCRIPT_PATH}" defer></script></head>
<body><header><h1 id="title">Chat</h1><button id="hide" type="button" aria-label="Hide chat">×</button></header>
<p id="net" role="status" hidden></p>
<div id="scroll"><p id="status" role="status">Loading…</p><div id="log" role="log" aria-label="Conversation"></div></div>
<p id="typing" aria-live="polite"></p>
<button id="cancel" type="button" aria-label="Cancel chat request" hidden>Cancel request</button>
<form id="contact" hidden><label for="contact-email">Get the reply by email</label><input id="contact-email" type="email" required placeholder="you@example.com" autocomplete="email"><button type="submit">Save</button><button id="contact-no" type="button" aria-label="No thanks">×</button><button id="contact-switch" type="button">Get the reply by text</button></form>
<form id="composer" novalidate><label class="sr" for="message">Message</label>
<textarea id="message" placeholder="Write a message…" rows="2"></textarea>
<button id="send" type="submit">Send</button>
<p id="count" aria-live="polite"></p><p id="err" role="alert"></p></form>
</body></html>`;
