// The chat frame (public/widget/frame.js): waits for the loader's herald:init, then shows the visitor's
// conversation live. Contract: docs/widget-api.md.
import { type FrameToLoader, parseLoaderMessage } from "../protocol";
import { type VisitorAuth, type WidgetApi, widgetApi } from "./api";
import { CANCELLED_TEXT, cancelErrorText, isPendingRequest } from "./cancel";
import { setUpComposer } from "./composer";
import { setUpContactAsk } from "./contact";
import { loadLastRead, saveLastRead } from "./read-marker";
import { connectRealtime, type RealtimeLink } from "./realtime";
import { beep, unlockSound } from "./sound";
import { layoutTranscript, type Message, mergeMessages, seenMessageId } from "./transcript";
import { createTypingSignal } from "./typing";
import { countUnread, laterOf } from "./unread";
import { getView } from "./view";

const EMPTY_TEXT = "Ask us anything — we usually reply in a few minutes.";
const LOAD_FAILED_TEXT = "The chat could not load. Please try again later.";
const AGENT_TYPING_TIMEOUT_MS = 6000; // a lost typing:false must not leave "is typing…" forever
const OFFLINE_NOTICE_MS = 2000;

const view = getView();
let parentOrigin: string | null = null; // pinned by herald:init
let auth: VisitorAuth | null = null;
let api: WidgetApi | null = null;
let link: RealtimeLink | null = null;
let conversationId: string | null = null;
let messages: Message[] = [];
let loaded = false;
let closed = false; // the shown conversation is closed (as last loaded)
let cancelled = false; // the visitor just cancelled their request: nothing is open until they write again
let loadFailed = false;
let lastReadAt: string | null = null; // the visitor's
let agentReadAt: string | null = null;
let open = false;
let reportedUnread = -1;
let agentTypingTimer: ReturnType<typeof setTimeout> | undefined;
let offlineTimer: ReturnType<typeof setTimeout> | undefined;

function toLoader(message: FrameToLoader) {
  if (parentOrigin) parent.postMessage(message, parentOrigin);
}

const visible = () => open && document.visibilityState === "visible";

function setConversation(id: string) {
  if (id === conversationId) return;
  conversationId = id;
  messages = messages.filter((m) => m.conversationId === id);
  lastReadAt = auth ? loadLastRead(auth.key, id) : null;
  agentReadAt = null;
  link?.follow(id);
}

function render(forceScroll = false) {
  view.status(
    loaded
      ? cancelled
        ? CANCELLED_TEXT
        : messages.length === 0
          ? EMPTY_TEXT
          : ""
      : loadFailed
        ? LOAD_FAILED_TEXT
        : "Loading…",
  );
  view.cancel.hidden = !isPendingRequest(closed, messages);
  view.transcript(layoutTranscript(messages), seenMessageId(messages, agentReadAt), forceScroll);
  markReadIfSeen();
  const unread = countUnread(messages, lastReadAt);
  if (parentOrigin && unread !== reportedUnread) {
    reportedUnread = unread;
    toLoader({ type: "herald:unread", count: unread });
  }
}

function markReadIfSeen() {
  if (!visible() || !auth || !api || !conversationId) return;
  if (countUnread(messages, lastReadAt) === 0) return;
  lastReadAt = laterOf(lastReadAt, messages[messages.length - 1]?.createdAt ?? null);
  if (lastReadAt) saveLastRead(auth.key, conversationId, lastReadAt);
  api.read(conversationId).catch(() => {}); // the local marker already cleared the badge; next read retries
}

async function load() {
  if (!api) return;
  try {
    const answer = await api.conversation();
    // After a cancel the latest conversation is the cancelled one: keep the "cancelled" view instead.
    const shown = cancelled && answer.conversation?.status === "closed" ? null : answer.conversation;
    if (shown) setConversation(shown.id);
    closed = shown?.status === "closed";
    if (shown?.status === "open") cancelled = false; // e.g. an agent started a chat since
    messages = mergeMessages(
      messages,
      answer.messages.filter((m) => m.conversationId === conversationId),
    );
    loaded = true;
    render(true);
  } catch {
    loadFailed = true;
    render();
  }
}

function showAgentTyping(text: string) {
  clearTimeout(agentTypingTimer);
  view.typing(text);
  if (text) agentTypingTimer = setTimeout(() => view.typing(""), AGENT_TYPING_TIMEOUT_MS);
}

// A message sent before the loader's herald:init arrived waits for it rather than failing: a visitor who opens
// the chat and types at once must not lose their first message.
let markStarted: () => void = () => {};
const started = new Promise<void>((resolve) => {
  markStarted = resolve;
});

async function start(visitor: VisitorAuth) {
  auth = visitor;
  api = widgetApi(visitor);
  markStarted();
  const conversation = load();
  try {
    const session = await api.session();
    hasContact = session.visitor?.hasContact ?? true;
    link = connectRealtime(session.realtime, visitor, session.visitorId, {
      conversationStarted: ({ conversationId: id }) => {
        setConversation(id);
        load();
        toLoader({ type: "herald:open" });
      },
      messageCreated: (message) => {
        if (message.conversationId !== conversationId) return;
        const isNew = !messages.some((m) => m.id === message.id);
        messages = mergeMessages(messages, [message]);
        if (isNew && message.authorType === "agent") {
          showAgentTyping("");
          if (!visible()) beep();
        }
        render();
      },
      conversationRead: (read) => {
        if (read.conversationId !== conversationId) return;
        if (read.by === "agent") agentReadAt = laterOf(agentReadAt, read.at);
        else lastReadAt = laterOf(lastReadAt, read.at); // read in another tab
        render();
      },
      typing: ({ by, name, typing }) => {
        if (by === "agent") showAgentTyping(typing ? `${name ?? "An agent"} is typing…` : "");
      },
      resync: load,
      connectionChanged: (up) => {
        // A blip is not news: say "Reconnecting…" only when the link stays down for a while.
        clearTimeout(offlineTimer);
        if (up) view.connection(true);
        else offlineTimer = setTimeout(() => view.connection(false), OFFLINE_NOTICE_MS);
      },
    });
    await conversation;
    if (conversationId) link.follow(conversationId);
  } catch {
    loadFailed = true;
    render();
  }
}

const typing = createTypingSignal((on) => link?.sendTyping(on));

setUpComposer(view, typing, async (body) => {
  await started;
  if (!api) throw new Error("not started");
  const answer = await api.send(body);
  setConversation(answer.conversationId);
  // The message went to an open conversation (a new one after a cancel).
  closed = false;
  cancelled = false;
  messages = mergeMessages(messages, [answer.message]);
  render(true);
  contactAsk.waiting(hasContact);
});
let hasContact = true; // until the session says otherwise
const contactAsk = setUpContactAsk(async (contact) => {
  await api?.contact(contact);
  hasContact = true;
});
view.cancel.addEventListener("click", async () => {
  if (!api || !conversationId) return;
  view.cancel.disabled = true;
  view.error("");
  try {
    await api.cancel(conversationId);
    // Forget the closed conversation: the next message opens a new one (POST /api/widget/messages).
    conversationId = null;
    messages = [];
    cancelled = true;
  } catch (error) {
    view.error(cancelErrorText(error));
    load(); // an agent may have answered meanwhile: show it
  } finally {
    view.cancel.disabled = false;
    render();
  }
});
view.hide.addEventListener("click", () => toLoader({ type: "herald:close" }));
addEventListener("keydown", (event) => {
  if (event.key === "Escape") toLoader({ type: "herald:close" });
});
for (const type of ["pointerdown", "keydown"]) addEventListener(type, unlockSound, { once: true });
document.addEventListener("visibilitychange", () => render());

addEventListener("message", (event) => {
  if (event.source !== parent || parent === window) return;
  if (parentOrigin && event.origin !== parentOrigin) return;
  const message = parseLoaderMessage(event.data);
  if (!message) return;
  if (message.type === "herald:init") {
    if (auth) return; // one visitor per frame load
    parentOrigin = event.origin;
    start({ key: message.key, token: message.token });
  } else {
    open = message.open;
    render();
  }
});

// The origin of the page is not known yet, and "ready" carries nothing: any origin may hear it.
if (parent !== window) parent.postMessage({ type: "herald:ready" } satisfies FrameToLoader, "*");

// The hosted chat page (a follow-up email's link, /c/…): no loader around it; the page carries its visitor.
const hosted = parent === window ? document.getElementById("herald-hosted")?.textContent : null;
if (hosted) {
  open = true;
  start(JSON.parse(hosted));
}
