// Email to agents (and visitors with an address): React Email templates sent through Resend, or captured with
// the rendered subject and text when RESEND_API_KEY is unset. The registry (./index.ts) picks which.
import { eq } from "drizzle-orm";
import type { Resend } from "resend";
import type { Db } from "@/db/client";
import { users, visitors } from "@/db/schema";
import { type EmailMessage, type RenderedEmail, renderEmail } from "@/emails";
import { emailForEvent } from "../notifications/content/email";
import type { ChannelAdapter, DeliveryContext, DeliveryResult } from "./types";

// Sends one rendered email; `key` makes a retry after a lost response not send it twice (Resend idempotency).
export type EmailSender = (to: string, email: RenderedEmail, key: string) => Promise<DeliveryResult>;

// Resend's own codes for refusals that a retry could get past; the rest (validation, bad key, bad sender) won't.
const transientCodes = new Set([
  "rate_limit_exceeded",
  "application_error",
  "internal_server_error",
  "concurrent_idempotent_requests",
]);

export function resendSender(resend: Resend, from: string): EmailSender {
  return async (to, email, key) => {
    const { data, error } = await resend.emails.send(
      {
        from,
        to,
        subject: email.subject,
        html: email.html,
        text: email.text,
        headers: { "X-Herald-Delivery": key },
      },
      { idempotencyKey: key },
    );
    if (!error) return { status: "delivered", providerId: data.id, providerStatus: "sent" };
    const code = error.statusCode;
    const retryable =
      code === null || code === 429 || code >= 500 || (code < 400 && transientCodes.has(error.name));
    const status = code === null ? "network" : String(code);
    return { status: "failed", error: `Resend ${status} ${error.name}: ${error.message}`, retryable };
  };
}

// Capture mode: what would have gone out, kept on the delivery for the delivery log.
export const captureSender: EmailSender = async (to, email) => ({
  status: "captured",
  summary: `[email] to ${to}: ${email.subject}\n\n${email.text}`,
});

async function recipientAddress(db: Db, context: DeliveryContext): Promise<string | undefined> {
  const { recipientUserId, recipientVisitorId } = context.decision;
  if (recipientUserId) {
    const [u] = await db.select({ email: users.email }).from(users).where(eq(users.id, recipientUserId));
    return u?.email;
  }
  if (recipientVisitorId) {
    const [v] = await db
      .select({ email: visitors.email })
      .from(visitors)
      .where(eq(visitors.id, recipientVisitorId));
    return v?.email ?? undefined;
  }
  return undefined;
}

export function emailAdapter(send: EmailSender): ChannelAdapter {
  return {
    async send(delivery, context) {
      const to = await recipientAddress(context.db, context);
      if (!to) return { status: "failed", error: "the recipient has no email address", retryable: false };
      const message = await emailForEvent(context.db, context.event, context.now);
      return send(to, await renderEmail(message), delivery.id);
    },
  };
}

// For Settings → Notifications "send a test email": the same sender the deliveries use.
export async function sendEmailMessage(send: EmailSender, to: string, message: EmailMessage, key: string) {
  return send(to, await renderEmail(message), key);
}
