// SK8 in the widget: a teammate's booking link as a card, and "Collect information" as a small form for email
// and/or phone (answered once; then it says so). Built with textContent and DOM properties only.
import type { Message } from "./transcript";

export type ContactAnswerer = (answer: { email: string; phone: string }) => Promise<void>;

// Only an http(s) link is ever made clickable (the Profile validates it too; this guards old or odd data).
const safeUrl = (raw: string): string | null => {
  try {
    const url = new URL(raw);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
};

export function bookingCard(message: Message): HTMLElement {
  const card = document.createElement("div");
  card.className = "m card";
  const title = document.createElement("div");
  title.textContent = `Book a meeting${message.authorName ? ` with ${message.authorName}` : ""}`;
  card.append(title);
  const url = safeUrl(message.body);
  if (url) {
    const link = document.createElement("a");
    link.href = url;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    link.textContent = "Pick a time";
    card.append(link);
  }
  return card;
}

const field = (form: HTMLFormElement, label: string, type: string, autocomplete: string) => {
  const input = document.createElement("input");
  input.type = type;
  input.setAttribute("autocomplete", autocomplete);
  input.setAttribute("aria-label", label);
  input.placeholder = label;
  form.append(input);
  return input;
};

export function contactForm(message: Message, answered: boolean, answer: ContactAnswerer): HTMLElement {
  const card = document.createElement("div");
  card.className = "m card";
  const ask = document.createElement("div");
  ask.textContent = message.body;
  card.append(ask);
  if (answered) {
    const done = document.createElement("div");
    done.className = "done";
    done.textContent = "Thanks, you shared your details.";
    card.append(done);
    return card;
  }
  const form = document.createElement("form");
  form.noValidate = true;
  const email = field(form, "Your email", "email", "email");
  const phone = field(form, "Your phone", "tel", "tel");
  const send = document.createElement("button");
  send.type = "submit";
  send.textContent = "Share";
  const error = document.createElement("div");
  error.className = "err";
  error.setAttribute("role", "alert");
  form.append(send, error);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const value = { email: email.value.trim(), phone: phone.value.trim() };
    const problem =
      !value.email && !value.phone
        ? "Give an email or a phone number."
        : value.email && !email.checkValidity()
          ? "That email does not look right."
          : "";
    error.textContent = problem;
    if (problem) return;
    send.disabled = true;
    try {
      await answer(value);
    } catch {
      error.textContent = "Could not send it. Please check it and try again.";
      send.disabled = false;
    }
  });
  card.append(form);
  return card;
}
