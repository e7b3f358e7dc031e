// What a person does on the sandbox's Checkout page, for tests: pick a test card and follow the redirect back.
import type { TestCardNumber } from "./store";

// Returns the success URL Checkout redirects to (with the session id in place of {CHECKOUT_SESSION_ID}).
export async function payOnSandboxCheckout(checkoutUrl: string, card: TestCardNumber): Promise<string> {
  const res = await fetch(checkoutUrl, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ card }),
    redirect: "manual",
  });
  const location = res.headers.get("location");
  if (res.status !== 303 || !location) throw new Error(`sandbox Checkout answered ${res.status}`);
  return location;
}
