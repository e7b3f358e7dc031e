// "Get the reply by email" (visitor follow-ups): asked once, unobtrusively, when a visitor without an email is
// waiting for an answer; the address is stored as unverified and shown to agents (POST /api/widget/contact).
const ASKED = "herald:contact-asked";

function remembered(): boolean {
  try {
    return localStorage.getItem(ASKED) === "1";
  } catch {
    return false; // storage blocked (a third-party frame): ask once per page load instead
  }
}

export function setUpContactAsk(save: (email: string) => Promise<unknown>) {
  const form = document.getElementById("contact") as HTMLFormElement;
  const input = document.getElementById("contact-email") as HTMLInputElement;
  let asked = remembered();
  const done = () => {
    asked = true;
    form.hidden = true;
    try {
      localStorage.setItem(ASKED, "1");
    } catch {}
  };
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!input.checkValidity()) return input.reportValidity();
    try {
      await save(input.value.trim());
      done();
    } catch {
      input.setCustomValidity("Could not save it. Try again.");
      input.reportValidity();
      input.setCustomValidity("");
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
