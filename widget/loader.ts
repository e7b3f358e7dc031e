// The embed script (public/widget/loader.js, ≤ 2 KB gzip): visitor session, page views, presence changes,
// Herald('identify' | 'open' | 'close'), the launcher button and the chat frame. Contract: docs/widget-api.md.
// biome-ignore-all lint/complexity/useOptionalChain: at es2019 ?. and ?? compile to long code; bytes count here
import { presenceTracker } from "./presence";
import type { FrameToLoader, LoaderToFrame } from "./protocol";

type Command = [name?: unknown, arg?: unknown];
type HeraldApi = ((...args: Command) => void) & { q?: ArrayLike<Command>; loaded?: boolean };

declare global {
  interface Window {
    Herald?: HeraldApi;
  }
}

// A click or tap is preceded by pointermove (mouse) or touchstart (touch): no need for pointerdown too.
const INPUT_EVENTS = ["pointermove", "keydown", "scroll", "touchstart"];
const ICON = (path: string) =>
  `<svg width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="#fff" stroke-width="2.5" aria-hidden="true"><path d="${path}"/></svg>`;
const CHAT_ICON = ICON("M4 4h16v12H9l-5 4z");
const CLOSE_ICON = ICON("M6 6l12 12M18 6 6 18");
const FIXED = "position:fixed;right:20px;z-index:2147483647;";

const script = document.currentScript as HTMLScriptElement | null;
const publicKey = script && script.dataset.key;
if (script && publicKey && !(window.Herald && window.Herald.loaded))
  start(new URL(script.src).origin, publicKey);

function start(origin: string, key: string) {
  const api = `${origin}/api/widget/`;
  const storeKey = `herald:${key}:token`;
  let token: string | undefined;
  let visitorId = "";
  let open = false;
  let lastUrl = "";
  let frame: HTMLIFrameElement | undefined;
  try {
    token = localStorage.getItem(storeKey) || undefined;
  } catch {} // storage blocked: a new visitor on every page, still a working chat

  const post = (path: string, body: object) =>
    fetch(api + path, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token || ""}` },
      body: JSON.stringify({ ...body, key }), // the token in a header; only the leave beacon has it in the body
    });
  const quiet = (path: string, body: object) => post(path, body).catch(() => {});

  async function session(): Promise<void> {
    const res = await post("session", {});
    if (res.status === 401 && token) {
      token = undefined; // a forged or stale token: forget it and start over once, as a new visitor
      return session();
    }
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const answer = (await res.json()) as { token: string; visitorId: string };
    token = answer.token;
    visitorId = answer.visitorId;
    try {
      localStorage.setItem(storeKey, token);
    } catch {}
  }

  // Presence is reported on a change only (widget/presence.ts); the realtime connection of the chat frame
  // tells the server whether the page is still there.
  const presence = presenceTracker((state) => quiet("heartbeat", state), document.hidden);

  const pageview = () => {
    if (location.href === lastUrl) return;
    const referrer = lastUrl || document.referrer;
    lastUrl = location.href;
    quiet("pageview", { url: lastUrl, title: document.title, referrer }).then(presence.pageview);
  };

  const button = document.createElement("button");
  const icon = document.createElement("span");
  const badge = document.createElement("span");
  button.type = "button";
  button.style.cssText = `${FIXED}bottom:20px;width:56px;height:56px;border-radius:50%;border:0;padding:0;background:#4f46e5;color:#fff;cursor:pointer;box-shadow:0 4px 14px #0004;display:flex;align-items:center;justify-content:center`;
  badge.style.cssText =
    "position:absolute;top:-4px;right:-4px;min-width:20px;height:20px;padding:0 5px;box-sizing:border-box;border-radius:10px;background:#dc2626;color:#fff;font:600 12px/20px system-ui,sans-serif;display:none";
  badge.setAttribute("aria-hidden", "true");
  button.append(icon, badge);
  button.onclick = () => setOpen(!open);

  const send = (message: LoaderToFrame) =>
    frame && (frame.contentWindow as Window).postMessage(message, origin);

  function setOpen(value: boolean) {
    open = value;
    button.setAttribute("aria-label", open ? "Close chat" : "Open chat");
    button.setAttribute("aria-expanded", `${open}`);
    icon.innerHTML = open ? CLOSE_ICON : CHAT_ICON;
    if (frame) frame.style.display = open ? "block" : "none";
    send({ type: "herald:visibility", open });
  }

  function mountFrame() {
    frame = document.createElement("iframe");
    frame.title = "Chat";
    frame.allow = "autoplay";
    frame.src = `${origin}/widget/frame?key=${encodeURIComponent(key)}`;
    frame.style.cssText = `${FIXED}bottom:88px;width:370px;height:560px;max-width:calc(100vw - 40px);max-height:calc(100vh - 108px);border:0;border-radius:12px;background:#fff;box-shadow:0 8px 30px #0004;display:${open ? "block" : "none"}`;
    button.after(frame); // right after the launcher, so Tab from the launcher moves into the chat
  }

  addEventListener("message", (event) => {
    if (event.origin !== origin || !frame || event.source !== frame.contentWindow) return;
    const message = (event.data || {}) as FrameToLoader; // from our frame: checked by origin and source
    const count = (message as { count?: unknown }).count;
    if (message.type === "herald:ready") {
      send({ type: "herald:init", key, token: token || "", visitorId });
      send({ type: "herald:visibility", open });
    } else if (message.type === "herald:unread" && typeof count === "number") {
      badge.textContent = count > 99 ? "99+" : `${count || ""}`;
      badge.style.display = count ? "block" : "none";
    } else if (message.type === "herald:open" || message.type === "herald:close") {
      setOpen(message.type === "herald:open");
    }
  });

  // Passed on as the site gave it ({email, phone, name, issuedAt, signature}): the server checks the fields.
  async function identify(who: object) {
    const res = await post("identify", who);
    if (res.status === 401) {
      console.warn("Herald: the identify signature does not match; the visitor stays anonymous.");
    }
  }

  const ready = session();
  const herald: HeraldApi = (name, arg) => {
    ready.then(() => {
      if (name === "identify" && arg && typeof arg === "object") return identify(arg);
      if (name === "open" || name === "close") setOpen(name === "open");
    });
  };
  const queued = (window.Herald && window.Herald.q) || [];
  herald.loaded = true;
  window.Herald = herald;
  for (const command of Array.from(queued)) herald(...command);

  ready.then(
    () => {
      pageview();
      for (const type of INPUT_EVENTS)
        addEventListener(type, presence.input, { passive: true, capture: true });
      // Also covers the bfcache: a page is hidden before it is stored and visible again when restored.
      document.addEventListener("visibilitychange", () => presence.visibility(document.hidden));
      addEventListener("pagehide", () => navigator.sendBeacon(`${api}leave`, JSON.stringify({ key, token })));
      addEventListener("popstate", pageview);
      const pushState = history.pushState;
      history.pushState = function (this: History, ...args: Parameters<History["pushState"]>) {
        pushState.apply(this, args);
        setTimeout(pageview, 100); // SPAs set the new title just after navigating
      };
      setOpen(open);
      (document.body || document.documentElement).append(button); // an async script may run before <body>
      if (document.readyState === "complete") mountFrame();
      else addEventListener("load", mountFrame);
    },
    (error) => console.warn("Herald: the chat could not start", error),
  );
}
