// Stripe, the SMS wallet's payment provider (FU7), through the official `stripe` SDK (Node >= 20, no
// dependencies; `host`/`port`/`protocol` reach STRIPE_API_URL: a proxy or the local sandbox). The one place that
// decides whether Stripe is there at all: without STRIPE_SECRET_KEY there is no card and no auto-charge.
import Stripe from "stripe";
import type { AutoCharge } from "@/lib/billing/auto-charge";
import { type Env, env } from "@/lib/env";
import type { CardCharge } from "./gateway";

export type StripeConfig = Pick<Env, "STRIPE_SECRET_KEY" | "STRIPE_API_URL">;

export interface SavedCard {
  customerId: string;
  paymentMethodId: string;
  cardLabel: string; // "visa •••• 4242"
}

export interface StripeBilling extends AutoCharge {
  ensureCustomer(workspaceId: string, name: string): Promise<string>;
  startCardSetup(p: { customerId: string; successUrl: string; cancelUrl: string }): Promise<string>;
  readCardSetup(checkoutSessionId: string): Promise<SavedCard | null>;
}

export function stripeBilling(config: StripeConfig = env()): StripeBilling | null {
  if (!config.STRIPE_SECRET_KEY) return null;
  return billingOver(new Stripe(config.STRIPE_SECRET_KEY, sdkOptions(config.STRIPE_API_URL)));
}

function sdkOptions(apiUrl: string | undefined): Stripe.StripeConfig {
  // No automatic retries: a top-up is retried by Herald with the same Idempotency-Key, never blindly.
  const options: Stripe.StripeConfig = { maxNetworkRetries: 0, timeout: 20_000, appInfo: { name: "Herald" } };
  if (!apiUrl) return options;
  const url = new URL(apiUrl);
  const protocol = url.protocol === "http:" ? "http" : "https";
  return { ...options, host: url.hostname, port: url.port || (protocol === "http" ? 80 : 443), protocol };
}

function billingOver(stripe: Stripe): StripeBilling {
  return {
    async ensureCustomer(workspaceId, name) {
      const customer = await stripe.customers.create(
        { name, metadata: { herald_workspace_id: workspaceId } },
        { idempotencyKey: `herald-customer-${workspaceId}` },
      );
      return customer.id;
    },

    // Stripe Checkout in setup mode: the card is entered on Stripe's page, never on Herald's.
    async startCardSetup({ customerId, successUrl, cancelUrl }) {
      const session = await stripe.checkout.sessions.create({
        mode: "setup",
        customer: customerId,
        currency: "usd",
        success_url: successUrl,
        cancel_url: cancelUrl,
      });
      if (!session.url) throw new Error("Stripe Checkout returned no URL");
      return session.url;
    },

    async readCardSetup(checkoutSessionId) {
      const session = await stripe.checkout.sessions.retrieve(checkoutSessionId, {
        expand: ["setup_intent.payment_method"],
      });
      const intent = session.setup_intent;
      if (session.status !== "complete" || !intent || typeof intent === "string") return null;
      const method = intent.payment_method;
      if (intent.status !== "succeeded" || !method || typeof method === "string") return null;
      const customerId = typeof session.customer === "string" ? session.customer : session.customer?.id;
      if (!customerId) return null;
      const card = method.card;
      return {
        customerId,
        paymentMethodId: method.id,
        cardLabel: card ? `${card.brand} •••• ${card.last4}` : "card",
      };
    },

    // An off-session top-up, confirmed at once; `idempotencyKey` is per top-up, so a retry cannot charge twice.
    async chargeSavedCard(p): Promise<CardCharge> {
      try {
        const intent = await stripe.paymentIntents.create(
          {
            amount: p.amountMinor,
            currency: "usd",
            customer: p.customerId,
            payment_method: p.paymentMethodId,
            off_session: true,
            confirm: true,
            description: "Herald SMS wallet top-up",
            metadata: { herald_workspace_id: p.workspaceId },
          },
          { idempotencyKey: p.idempotencyKey },
        );
        if (intent.status === "succeeded") {
          return { outcome: "succeeded", paymentIntentId: intent.id, amountMinor: intent.amount_received };
        }
        // requires_action: the bank wants the cardholder present, which an off-session charge cannot do.
        return {
          outcome: "declined",
          code: "authentication_required",
          message: `PaymentIntent ${intent.status}`,
        };
      } catch (error) {
        if (error instanceof Stripe.errors.StripeCardError) {
          return { outcome: "declined", code: error.code ?? "card_declined", message: error.message };
        }
        return { outcome: "failed", message: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
