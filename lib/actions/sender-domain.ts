"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { removeSenderDomain } from "@/db/queries/sender-domains";
import { addSenderDomain, checkSenderDomain, senderDomainName } from "@/lib/follow-ups/sender-domain";
import { resendApi } from "@/lib/integrations/resend/client";
import { memberAction } from "./safe-action";

const noResend = {
  ok: false as const,
  error: "Email is in capture mode (no RESEND_API_KEY): a sender domain needs Resend.",
};

// FU6: Settings → Follow-ups → Sender domain. Add: Resend creates it and answers the DNS records to publish.
export const addFollowUpSenderDomain = memberAction(
  { schema: z.object({ domain: senderDomainName }), role: "admin" },
  async ({ domain }, { member, db }) => {
    const resend = resendApi();
    if (!resend) return noResend;
    await addSenderDomain(db, resend, member.workspaceId, domain, new Date());
    revalidatePath("/settings/follow-ups");
    return { ok: true as const, message: "Domain added: publish the DNS records below, then check." };
  },
);

// "Check verification": Resend looks up the records; the status shown is the one it answers.
export const checkFollowUpSenderDomain = memberAction(
  { schema: z.object({}), role: "admin" },
  async (_input, { member, db }) => {
    const resend = resendApi();
    if (!resend) return noResend;
    const status = await checkSenderDomain(db, resend, member.workspaceId, new Date());
    revalidatePath("/settings/follow-ups");
    return { ok: true as const, message: `Resend says: ${status.replace("_", " ")}.` };
  },
);

// Forget the domain here (it stays in the Resend account): follow-ups go from EMAIL_FROM again.
export const removeFollowUpSenderDomain = memberAction(
  { schema: z.object({}), role: "admin" },
  async (_input, { member, db }) => {
    await removeSenderDomain(db, member.workspaceId);
    revalidatePath("/settings/follow-ups");
    return { ok: true as const, message: "Sender domain removed." };
  },
);
