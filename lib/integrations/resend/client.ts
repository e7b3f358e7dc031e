// Resend, the one email provider: its client, and the one place that decides real or capture mode (DESIGN.md
// "Embedded defaults"). Notification emails, sign-in links and invitations all send through `emailSender`.
import { Resend } from "resend";
import type { DeliveryResult } from "@/lib/channels/types";
import { type Env, env } from "@/lib/env";

export interface OutgoingEmail {
  subject: string;
  text: string;
  html?: string;
  replyTo?: string; // FU6: a follow-up's reply-to address, unique to its conversation
  from?: string; // FU6: the workspace's verified sender domain; unset: EMAIL_FROM
}

// Sends one email; `key` makes a retry after a lost response not send it twice (Resend idempotency).
export type EmailSender = (to: string, email: OutgoingEmail, key?: string) => Promise<DeliveryResult>;

export type ResendConfig = Pick<Env, "RESEND_API_KEY" | "RESEND_BASE_URL" | "EMAIL_FROM">;

// Resend's own codes for refusals that a retry could get past; the rest (validation, bad key, bad sender) won't.
const transientCodes = new Set([
  "rate_limit_exceeded",
  "application_error",
  "internal_server_error",
  "concurrent_idempotent_requests",
]);

export function resendSender(resend: Resend, from: string): EmailSender {
  return async (to, email, key) => {
    try {
      const { data, error } = await resend.emails.send(
        {
          from: email.from ?? from,
          to,
          subject: email.subject,
          text: email.text,
          ...(email.html ? { html: email.html } : {}),
          ...(email.replyTo ? { replyTo: email.replyTo } : {}),
          ...(key
            ? { headers: { "X-Herald-Delivery": key }, tags: [{ name: "delivery_id", value: key }] }
            : {}),
        },
        key ? { idempotencyKey: key } : undefined,
      );
      if (!error) return { status: "delivered", providerId: data.id, providerStatus: "sent" };
      const code = error.statusCode;
      const retryable =
        code === null || code === 429 || code >= 500 || (code < 400 && transientCodes.has(error.name));
      const status = code === null ? "network" : String(code);
      return { status: "failed", error: `Resend ${status} ${error.name}: ${error.message}`, retryable };
    } catch (error) {
      // The SDK reports HTTP refusals as values; a throw is the network or the runtime: worth a retry.
      return {
        status: "failed",
        error: `Resend: ${error instanceof Error ? error.message : error}`,
        retryable: true,
      };
    }
  };
}

// Capture mode: what would have gone out, kept on the delivery (or printed by the caller) instead of sent.
export const captureSender: EmailSender = async (to, email) => ({
  status: "captured",
  summary: `[email] to ${to}${email.from ? ` from ${email.from}` : ""}${email.replyTo ? ` (reply-to ${email.replyTo})` : ""}: ${email.subject}\n\n${email.text}`,
});

// The API client itself (sending, and fetching received emails for FU8); null in capture mode.
export function resendApi(config: ResendConfig = env()): Resend | null {
  if (!config.RESEND_API_KEY) return null;
  return new Resend(config.RESEND_API_KEY, config.RESEND_BASE_URL ? { baseUrl: config.RESEND_BASE_URL } : {});
}

export function emailSender(config: ResendConfig = env()): EmailSender {
  const resend = resendApi(config);
  return resend ? resendSender(resend, config.EMAIL_FROM) : captureSender;
}

// One email with the configured sender: sign-in links and invitations.
export const sendEmail = (to: string, email: OutgoingEmail, key?: string) => emailSender()(to, email, key);
