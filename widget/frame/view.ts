// The frame's DOM: the static elements of html.ts, filled with textContent only (message bodies are data).
import { bookingCard, type ContactAnswerer, contactForm } from "./cards";
import type { Row } from "./transcript";

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function getView(answerContact: ContactAnswerer) {
  const scroll = byId<HTMLDivElement>("scroll");
  const log = byId<HTMLDivElement>("log");
  const status = byId<HTMLParagraphElement>("status");
  const rows = new Map<string, { el: HTMLElement; key: string }>();

  const nearBottom = () => scroll.scrollHeight - scroll.scrollTop - scroll.clientHeight < 80;

  const seen = document.createElement("div");
  seen.className = "seen";
  seen.textContent = "Seen";

  function rowElement({ message, showAuthor, answered }: Row): HTMLElement {
    const el = document.createElement("div");
    el.className = `row ${message.authorType}`;
    if (showAuthor && message.authorType === "agent") {
      const who = document.createElement("div");
      who.className = "who";
      who.textContent = message.authorName ?? "Agent";
      el.append(who);
    }
    const bubble =
      message.kind === "booking_link"
        ? bookingCard(message)
        : message.kind === "contact_request"
          ? contactForm(message, answered === true, answerContact)
          : document.createElement("div");
    if (!bubble.className) {
      bubble.className = "m";
      bubble.textContent = message.body;
    }
    bubble.title = new Date(message.createdAt).toLocaleString();
    el.append(bubble);
    return el;
  }

  return {
    form: byId<HTMLFormElement>("composer"),
    textarea: byId<HTMLTextAreaElement>("message"),
    send: byId<HTMLButtonElement>("send"),
    hide: byId<HTMLButtonElement>("hide"),
    cancel: byId<HTMLButtonElement>("cancel"),

    // Status text over the transcript: loading, empty, failed; "" hides it.
    status(text: string) {
      status.textContent = text;
      status.hidden = !text;
    },

    // Keeps existing rows in place (a live region announces only what is new) and inserts new ones in order.
    transcript(next: Row[], seenId: string | null, forceScroll = false) {
      const stick = forceScroll || nearBottom();
      const keep = new Set<string>();
      let cursor = log.firstElementChild;
      for (const row of next) {
        const id = row.message.id;
        const key = `${row.showAuthor}|${row.answered}|${row.message.body}`;
        keep.add(id);
        let entry = rows.get(id);
        if (!entry || entry.key !== key) {
          const el = rowElement(row);
          if (entry) {
            if (entry.el === cursor) cursor = el;
            entry.el.replaceWith(el);
          }
          entry = { el, key };
          rows.set(id, entry);
        }
        if (entry.el === cursor) cursor = cursor.nextElementSibling;
        else log.insertBefore(entry.el, cursor);
      }
      for (const [id, entry] of rows) {
        if (!keep.has(id)) {
          entry.el.remove();
          rows.delete(id);
        }
      }
      const seenRow = seenId ? rows.get(seenId)?.el : undefined;
      if (seenRow) seenRow.append(seen);
      else seen.remove();
      if (stick) scroll.scrollTop = scroll.scrollHeight;
    },

    typing(text: string) {
      byId("typing").textContent = text;
    },

    connection(up: boolean) {
      const net = byId("net");
      net.textContent = up ? "" : "Reconnecting…";
      net.hidden = up;
    },

    counter(text: string, over: boolean) {
      const count = byId("count");
      count.textContent = text;
      count.className = over ? "over" : "";
    },

    error(text: string) {
      byId("err").textContent = text;
    },
  };
}

export type View = ReturnType<typeof getView>;
