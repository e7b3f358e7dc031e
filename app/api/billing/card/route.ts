// GET /api/billing/card — Stripe Checkout (setup mode) sends the admin back here: save the card, back to Billing.
import { z } from "zod";
import { withMember } from "@/lib/api/with-member";
import { finishSavingCard } from "@/lib/billing/card";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { stripeBilling } from "@/lib/integrations/stripe/client";

export const dynamic = "force-dynamic";

const query = z.object({ checkout: z.string().regex(/^cs_[\w]+$/, "A Stripe Checkout session id (cs_…)") });

export const GET = withMember(
  async ({ request, member, db }) => {
    const stripe = stripeBilling();
    if (!stripe) throw new AppError("BAD_REQUEST", "Cards need Stripe (STRIPE_SECRET_KEY)");
    const { checkout } = query.parse(Object.fromEntries(new URL(request.url).searchParams));
    await finishSavingCard(db, stripe, member.workspaceId, checkout);
    return Response.redirect(new URL("/settings/billing?card=saved", env().APP_URL), 303);
  },
  { role: "admin" },
);
