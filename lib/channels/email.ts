// Email to agents (and visitors with an address): the recipient's address, the event's email content rendered
// with React Email, sent (or captured) by the Resend integration the registry (./index.ts) hands in.
import { findEmailAddressOf } from "@/db/queries/notification-recipients";
import { type EmailMessage, renderEmail } from "@/emails";
import { followUpFrom } from "@/lib/follow-ups/sender-domain";
import type { EmailSender } from "@/lib/integrations/resend/client";
import { emailForDelivery } from "@/lib/notifications/content/email";
import { followUpEmail } from "@/lib/notifications/content/follow-up-email";
import type { ChannelAdapter } from "./types";

export function emailAdapter(send: EmailSender): ChannelAdapter {
  return {
    async send(delivery, { db, decision, event, facts, now }) {
      const to = await findEmailAddressOf(db, decision.workspaceId, decision);
      if (!to) return { status: "failed", error: "the recipient has no email address", retryable: false };
      // FU6: a visitor's follow-up has its own template and the conversation's reply-to address (FU8).
      if (event.type === "visitor.went_offline") {
        const followUp = await followUpEmail(db, event);
        const from = await followUpFrom(db, event.workspaceId); // FU6: the verified domain, else the sender's
        const rendered = await renderEmail(followUp.message);
        return send(to, { ...rendered, replyTo: followUp.replyTo, ...(from ? { from } : {}) }, delivery.id);
      }
      const message = await emailForDelivery(db, event, facts, now);
      return send(to, await renderEmail(message), delivery.id);
    },
  };
}

// For Settings → Notifications "send a test email": the same sender the deliveries use.
export async function sendEmailMessage(send: EmailSender, to: string, message: EmailMessage, key: string) {
  return send(to, await renderEmail(message), key);
}
