// The local Stripe `npm run dev` starts when no STRIPE_SECRET_KEY is set (scripts/serve.ts): its page of charges,
// linked from Settings → Billing only in development and only while it runs.
export const stripeSandboxUrl = (): string | null =>
  process.env.NODE_ENV !== "production" ? (process.env.HERALD_STRIPE_SANDBOX_URL ?? null) : null;
