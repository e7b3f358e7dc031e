// The real `stripe` SDK against the local Stripe sandbox (FU7): a card saved through Checkout in setup mode,
// off-session top-ups with an Idempotency-Key per top-up, and declines as Stripe answers them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StripeBilling, stripeBilling } from "./client";
import { payOnSandboxCheckout } from "./sandbox/checkout";
import { type StripeSandbox, startStripeSandbox } from "./sandbox/server";
import { SANDBOX_SECRET_KEY, type TestCardNumber } from "./sandbox/store";

let sandbox: StripeSandbox;
let stripe: StripeBilling;
beforeAll(async () => {
  sandbox = await startStripeSandbox();
  const client = stripeBilling({ STRIPE_SECRET_KEY: SANDBOX_SECRET_KEY, STRIPE_API_URL: sandbox.url });
  if (!client) throw new Error("Stripe should be configured");
  stripe = client;
});
afterAll(() => sandbox.close());

async function saveCard(card: TestCardNumber) {
  const customerId = await stripe.ensureCustomer("ws-1", "Acme");
  const checkoutUrl = await stripe.startCardSetup({
    customerId,
    successUrl: "http://herald.test/billing?checkout={CHECKOUT_SESSION_ID}",
    cancelUrl: "http://herald.test/billing",
  });
  const back = new URL(await payOnSandboxCheckout(checkoutUrl, card));
  const saved = await stripe.readCardSetup(back.searchParams.get("checkout") ?? "");
  if (!saved) throw new Error("no card saved");
  return saved;
}

const topUp = (card: { customerId: string; paymentMethodId: string }, amountMinor: number, key: string) =>
  stripe.chargeSavedCard({ ...card, amountMinor, idempotencyKey: key, workspaceId: "ws-1" });

describe("Stripe through the real SDK", () => {
  it("is absent without STRIPE_SECRET_KEY", () => {
    expect(stripeBilling({ STRIPE_SECRET_KEY: undefined, STRIPE_API_URL: undefined })).toBeNull();
  });

  it("FU7: saves a card with Checkout in setup mode and reads it from the SetupIntent", async () => {
    const saved = await saveCard("4242424242424242");
    expect(saved).toMatchObject({ cardLabel: "visa •••• 4242" });
    expect(saved.paymentMethodId).toMatch(/^pm_/);
    // One customer per workspace, however often the admin starts over.
    expect(await stripe.ensureCustomer("ws-1", "Acme")).toBe(saved.customerId);
  });

  it("FU7: Stripe idempotency: a top-up retried with its key charges once; other parameters are refused", async () => {
    const card = await saveCard("4242424242424242");
    const before = sandbox.store.paymentIntents.length;
    const first = await topUp(card, 2000, "herald-top-up-ws-1-7");
    const retry = await topUp(card, 2000, "herald-top-up-ws-1-7");
    expect(first).toMatchObject({ outcome: "succeeded", amountMinor: 2000 });
    expect(retry).toEqual(first);
    expect(sandbox.store.paymentIntents.length).toBe(before + 1);
    const other = await topUp(card, 5000, "herald-top-up-ws-1-7");
    expect(other).toMatchObject({ outcome: "failed", message: expect.stringMatching(/same parameters/) });
    expect(sandbox.store.paymentIntents.length).toBe(before + 1);
  });

  it("FU7: a declined card answers declined with Stripe's code", async () => {
    expect(await topUp(await saveCard("4000000000000002"), 2000, "k-declined")).toMatchObject({
      outcome: "declined",
      code: "card_declined",
    });
    expect(await topUp(await saveCard("4000002760003184"), 2000, "k-auth")).toMatchObject({
      outcome: "declined",
      code: "authentication_required",
    });
  });

  it("reports a wrong key as a failure, not a decline", async () => {
    const wrong = stripeBilling({ STRIPE_SECRET_KEY: "sk_test_wrong", STRIPE_API_URL: sandbox.url });
    const result = await wrong?.chargeSavedCard({
      customerId: "cus_x",
      paymentMethodId: "pm_x",
      amountMinor: 2000,
      idempotencyKey: "k-wrong",
      workspaceId: "ws-1",
    });
    expect(result).toMatchObject({ outcome: "failed" });
  });
});
