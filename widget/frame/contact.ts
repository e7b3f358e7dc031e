// "Get the reply by email" or "by text" (visitor follow-ups): asked once, unobtrusively, when a visitor without a
// contact is waiting for an answer; what they give is stored as unverified and shown to agents (POST
// /api/widget/contact). The server normalises a phone number to E.164, reading a national number in the country of
// the browser's language (en-US → US).
import { type Contact, HttpError } from "./api";

const ASKED = "herald:contact-asked";

function remembered(): boolean {
  try {
    return localStorage.getItem(ASKED) === "1";
  } catch {
    return false; // storage blocked (a third-party frame): ask once per page load instead
  }
}

const browserCountry = () => /-([A-Z]{2})\b/.exec(navigator.language)?.[1];

export function setUpContactAsk(save: (contact: Contact) => Promise<unknown>) {
  const form = document.getElementById("contact") as HTMLFormElement;
  const input = document.getElementById("contact-email") as HTMLInputElement;
  const label = form.querySelector("label") as HTMLLabelElement;
  const toggle = document.getElementById("contact-switch") as HTMLButtonElement;
  let asked = remembered();
  let byText = false;
  const done = () => {
    asked = true;
    form.hidden = true;
    try {
      localStorage.setItem(ASKED, "1");
    } catch {}
  };
  const refuse = (message: string) => {
    input.setCustomValidity(message);
    input.reportValidity();
    input.setCustomValidity("");
  };
  toggle.addEventListener("click", () => {
    byText = !byText;
    label.textContent = byText ? "Get the reply by text" : "Get the reply by email";
    toggle.textContent = byText ? "Get the reply by email" : "Get the reply by text";
    input.type = byText ? "tel" : "email";
    input.autocomplete = byText ? "tel" : "email";
    input.placeholder = byText ? "+1 415 555 0100" : "you@example.com";
    input.value = "";
    input.focus();
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!input.checkValidity()) return input.reportValidity();
    const value = input.value.trim();
    try {
      await save(byText ? { phone: value, country: browserCountry() } : { email: value });
      done();
    } catch (error) {
      const invalid = error instanceof HttpError && error.status === 400;
      refuse(
        invalid && byText
          ? "Enter a mobile number with its country code, e.g. +44 7911 123456."
          : "Could not save it. Try again.",
      );
    }
  });
  document.getElementById("contact-no")?.addEventListener("click", done);
  return {
    // After the visitor's message: they wait for an answer.
    waiting(hasContact: boolean) {
      if (!hasContact && !asked) form.hidden = false;
    },
  };
}
