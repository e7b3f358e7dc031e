// Twilio, the one texting provider (SMS and WhatsApp): its client, and the one place that decides real (Twilio or
// its sandbox, by TWILIO_API_URL) or capture mode (DESIGN.md "Embedded defaults"). Nothing else calls Twilio.
import twilio from "twilio";
import type RequestClient from "twilio/lib/base/RequestClient";
import type { Env } from "@/lib/env";
import { env } from "@/lib/env";
import { twilioErrorMeaning } from "./errors";

type RequestOptions<T> = RequestClient.RequestOptions<T>;

export type TwilioConfig = Pick<
  Env,
  | "TWILIO_ACCOUNT_SID"
  | "TWILIO_AUTH_TOKEN"
  | "TWILIO_FROM"
  | "TWILIO_MESSAGING_SERVICE_SID"
  | "TWILIO_WHATSAPP_FROM"
  | "TWILIO_API_URL"
  | "APP_URL"
>;

// The SDK has no base-URL option (region/edge only rename *.twilio.com hosts): every request goes through its
// RequestClient, so a subclass that rewrites the origin (keeping the path) sends it to a proxy or the sandbox.
export class RedirectedRequestClient extends twilio.RequestClient {
  constructor(private readonly base: string) {
    super({ keepAlive: false });
  }
  override request<T>(opts: RequestOptions<T>) {
    const from = new URL(opts.uri);
    const to = new URL(this.base);
    const prefix = to.pathname.replace(/\/$/, "");
    return super.request<T>({ ...opts, uri: `${to.origin}${prefix}${from.pathname}${from.search}` });
  }
}

export type TwilioClient = ReturnType<typeof twilio>;

// The API client; null when Twilio is not configured (capture mode).
export function twilioApi(config: TwilioConfig = env()): TwilioClient | null {
  if (!config.TWILIO_ACCOUNT_SID || !config.TWILIO_AUTH_TOKEN) return null;
  return twilio(config.TWILIO_ACCOUNT_SID, config.TWILIO_AUTH_TOKEN, {
    ...(config.TWILIO_API_URL ? { httpClient: new RedirectedRequestClient(config.TWILIO_API_URL) } : {}),
    autoRetry: false, // the outbox owns retries (X3)
  });
}

export const whatsappAddress = (phone: string) => `whatsapp:${phone.replace(/^whatsapp:/, "")}`;

// Every send reports its status here (X3): on APP_URL, never on a request's Host.
export const statusCallbackUrl = (appUrl = env().APP_URL) =>
  new URL("/api/webhooks/twilio/status", appUrl).toString();
export const inboundWebhookUrl = (appUrl = env().APP_URL) =>
  new URL("/api/webhooks/twilio/inbound", appUrl).toString();

export type OutgoingText =
  | { channel: "sms"; to: string; body: string }
  | { channel: "whatsapp"; to: string; contentSid: string; variables: Record<string, string> };

export type TextSendResult =
  | { ok: true; sid: string; status: string }
  | { ok: false; code: number | null; error: string; retryable: boolean };

// One message through the Messages API. A refusal is a value: its Twilio code, what it means, and whether a retry
// could get past it (a network error, 429, 5xx); 4xx refusals (21610 STOP, 21211 bad number…) will not.
export async function sendTwilioMessage(
  client: TwilioClient,
  config: TwilioConfig,
  text: OutgoingText,
): Promise<TextSendResult> {
  const sender =
    text.channel === "whatsapp"
      ? { from: whatsappAddress(config.TWILIO_WHATSAPP_FROM ?? "") }
      : config.TWILIO_MESSAGING_SERVICE_SID
        ? { messagingServiceSid: config.TWILIO_MESSAGING_SERVICE_SID }
        : { from: config.TWILIO_FROM };
  const content =
    text.channel === "whatsapp"
      ? { contentSid: text.contentSid, contentVariables: JSON.stringify(text.variables) }
      : { body: text.body };
  try {
    const message = await client.messages.create({
      to: text.channel === "whatsapp" ? whatsappAddress(text.to) : text.to,
      ...sender,
      ...content,
      statusCallback: statusCallbackUrl(config.APP_URL),
    });
    return { ok: true, sid: message.sid, status: message.status };
  } catch (error) {
    const e = error as { status?: number; code?: number; message?: string };
    if (typeof e.status !== "number") {
      return { ok: false, code: null, error: `Twilio: ${e.message ?? String(error)}`, retryable: true };
    }
    const code = e.code ?? null;
    const meaning = code ? ` (${twilioErrorMeaning(code)})` : "";
    return {
      ok: false,
      code,
      error: `Twilio ${e.status} ${code ?? ""}${meaning}: ${e.message ?? ""}`.replace(/\s+/g, " ").trim(),
      retryable: e.status === 429 || e.status >= 500,
    };
  }
}

// What the follow-up ladder sends texts with; null in capture mode (Twilio not configured).
export interface TextSender {
  whatsapp: boolean; // TWILIO_WHATSAPP_FROM is set
  send(text: OutgoingText): Promise<TextSendResult>;
}

export function textSender(config: TwilioConfig = env()): TextSender | null {
  const client = twilioApi(config);
  if (!client) return null;
  return {
    whatsapp: Boolean(config.TWILIO_WHATSAPP_FROM),
    send: (text) => sendTwilioMessage(client, config, text),
  };
}
