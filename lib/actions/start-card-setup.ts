"use server";

import { z } from "zod";
import { findWorkspace } from "@/db/queries/workspaces";
import { startSavingCard } from "@/lib/billing/card";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { stripeBilling } from "@/lib/integrations/stripe/client";
import { memberAction } from "./safe-action";

// FU7 "Save a card": opens Stripe Checkout in setup mode; the page sends the admin to the returned URL.
export const startCardSetup = memberAction(
  { schema: z.object({}), role: "admin" },
  async (_input, { member, db }) => {
    const stripe = stripeBilling();
    if (!stripe) throw new AppError("BAD_REQUEST", "Cards need Stripe (STRIPE_SECRET_KEY)");
    const workspace = await findWorkspace(db, member.workspaceId);
    const url = await startSavingCard(db, stripe, {
      workspaceId: member.workspaceId,
      workspaceName: workspace?.name ?? "Herald workspace",
      appUrl: env().APP_URL,
    });
    return { ok: true as const, data: { url } };
  },
);
