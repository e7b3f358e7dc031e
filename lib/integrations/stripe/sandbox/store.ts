// The local Stripe's state and the API calls Herald makes (customers, Checkout in setup mode, PaymentIntents),
// answered with Stripe's shapes and errors. Idempotency as Stripe does it: a key replays its first answer for
// the same parameters and is refused (400 idempotency_error) for different ones.
import { randomBytes } from "node:crypto";

export const SANDBOX_SECRET_KEY = "sk_test_herald_sandbox";

// The test cards the sandbox's Checkout page offers, as Stripe's own test numbers behave off-session.
export const testCards = {
  "4242424242424242": { brand: "visa", last4: "4242", decline: null, label: "Works" },
  "4000000000000002": { brand: "visa", last4: "0002", decline: "card_declined", label: "Declined" },
  "4000002760003184": {
    brand: "visa",
    last4: "3184",
    decline: "authentication_required",
    label: "Needs authentication (declined off-session)",
  },
} as const;
export type TestCardNumber = keyof typeof testCards;

export interface Reply {
  status: number;
  body: unknown;
}

type Params = URLSearchParams;
const id = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`;
const now = () => Math.floor(Date.now() / 1000);
const error = (status: number, e: Record<string, unknown>): Reply => ({ status, body: { error: e } });

export class StripeSandboxStore {
  customers = new Map<string, { id: string; object: "customer"; name: string | null }>();
  sessions = new Map<string, Record<string, unknown>>();
  paymentMethods = new Map<
    string,
    { id: string; object: "payment_method"; card: { brand: string; last4: string } }
  >();
  declines = new Map<string, string | null>(); // payment method → its decline code
  paymentIntents: Record<string, unknown>[] = [];
  private idempotent = new Map<string, { fingerprint: string; reply: Reply }>();

  constructor(readonly baseUrl: () => string) {}

  // Same key and same request: the first answer again. Same key, other parameters: Stripe's 400.
  idempotently(
    key: string | undefined,
    fingerprint: string,
    run: () => Reply,
  ): Reply & { replayed?: boolean } {
    if (!key) return run();
    const seen = this.idempotent.get(key);
    if (seen && seen.fingerprint !== fingerprint) {
      return error(400, {
        type: "idempotency_error",
        message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
      });
    }
    if (seen) return { ...seen.reply, replayed: true };
    const reply = run();
    this.idempotent.set(key, { fingerprint, reply });
    return reply;
  }

  createCustomer(p: Params): Reply {
    const customer = { id: id("cus"), object: "customer" as const, name: p.get("name"), created: now() };
    this.customers.set(customer.id, customer);
    return { status: 200, body: customer };
  }

  createCheckoutSession(p: Params): Reply {
    if (p.get("mode") !== "setup")
      return error(400, {
        type: "invalid_request_error",
        param: "mode",
        message: "The sandbox only does mode=setup",
      });
    const customer = p.get("customer");
    if (!customer || !this.customers.has(customer)) {
      return error(400, {
        type: "invalid_request_error",
        param: "customer",
        message: `No such customer: '${customer}'`,
      });
    }
    const sessionId = id("cs_test");
    const session = {
      id: sessionId,
      object: "checkout.session",
      mode: "setup",
      status: "open",
      customer,
      url: `${this.baseUrl()}/checkout/${sessionId}`,
      success_url: p.get("success_url"),
      cancel_url: p.get("cancel_url"),
      setup_intent: null as unknown,
    };
    this.sessions.set(sessionId, session);
    return { status: 200, body: session };
  }

  // The person picked a card on the Checkout page: a SetupIntent succeeds with it as the payment method.
  completeCheckout(sessionId: string, number: TestCardNumber): string | null {
    const session = this.sessions.get(sessionId);
    const card = testCards[number];
    if (!session || !card || session.status !== "open") return null;
    const method = {
      id: id("pm"),
      object: "payment_method" as const,
      card: { brand: card.brand, last4: card.last4 },
    };
    this.paymentMethods.set(method.id, method);
    this.declines.set(method.id, card.decline);
    session.status = "complete";
    session.setup_intent = {
      id: id("seti"),
      object: "setup_intent",
      status: "succeeded",
      payment_method: method.id,
    };
    return String(session.success_url).replace("{CHECKOUT_SESSION_ID}", sessionId);
  }

  retrieveCheckoutSession(sessionId: string, expand: string[]): Reply {
    const session = this.sessions.get(sessionId);
    if (!session)
      return error(404, {
        type: "invalid_request_error",
        message: `No such checkout.session: '${sessionId}'`,
      });
    const intent = session.setup_intent as { payment_method: string } | null;
    if (!intent || !expand.some((e) => e.startsWith("setup_intent"))) return { status: 200, body: session };
    const withMethod = expand.includes("setup_intent.payment_method");
    const method = withMethod ? this.paymentMethods.get(intent.payment_method) : intent.payment_method;
    return { status: 200, body: { ...session, setup_intent: { ...intent, payment_method: method } } };
  }

  // An off-session, confirmed PaymentIntent: succeeds, or fails with the card's decline as Stripe's 402.
  createPaymentIntent(p: Params): Reply {
    const method = p.get("payment_method") ?? "";
    const amount = Number(p.get("amount"));
    if (!this.paymentMethods.has(method)) {
      return error(400, {
        type: "invalid_request_error",
        param: "payment_method",
        message: `No such PaymentMethod: '${method}'`,
      });
    }
    if (!Number.isInteger(amount) || amount < 50) {
      return error(400, {
        type: "invalid_request_error",
        param: "amount",
        message: "Amount must be at least $0.50 usd",
      });
    }
    const decline = this.declines.get(method) ?? null;
    const intent = {
      id: id("pi"),
      object: "payment_intent",
      amount,
      amount_received: decline ? 0 : amount,
      currency: p.get("currency"),
      customer: p.get("customer"),
      payment_method: method,
      status: decline ? "requires_payment_method" : "succeeded",
      description: p.get("description"),
      created: now(),
      last_payment_error: decline ? { code: decline } : null,
    };
    this.paymentIntents.push(intent);
    if (!decline) return { status: 200, body: intent };
    return error(402, {
      type: "card_error",
      code: decline,
      decline_code: decline === "card_declined" ? "generic_decline" : undefined,
      message:
        decline === "card_declined" ? "Your card was declined." : "This payment requires authentication.",
      payment_intent: intent,
    });
  }
}
