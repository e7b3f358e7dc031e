// The follow-up email's "Continue the conversation" link: /c/<conversation id>.<HMAC>, keyed from AUTH_SECRET.
// It opens the chat as a full page (app/c/[token]); a forged or altered link opens nothing.
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

const mac = (conversationId: string, secret: string) =>
  createHmac("sha256", secret).update(`herald-continue:${conversationId}`).digest("base64url");

export const signContinueToken = (conversationId: string, secret = env().AUTH_SECRET) =>
  `${conversationId}.${mac(conversationId, secret)}`;

export function verifyContinueToken(token: string, secret = env().AUTH_SECRET): string | null {
  if (token.length > 200) return null;
  const [conversationId, signature, ...rest] = token.split(".");
  if (!conversationId || !signature || rest.length > 0) return null;
  const given = Buffer.from(signature);
  const expected = Buffer.from(mac(conversationId, secret));
  return given.length === expected.length && timingSafeEqual(given, expected) ? conversationId : null;
}

export const continueUrl = (conversationId: string, appUrl = env().APP_URL) =>
  new URL(`/c/${signContinueToken(conversationId)}`, appUrl).toString();

// FU6: the reply-to address unique to the conversation; the token is unguessable and not the conversation id.
export const replyToAddress = (token: string, domain = env().INBOUND_EMAIL_DOMAIN) =>
  `reply+${token}@${domain}`;

// The reply token in an address we received at, if it is one of ours.
export function replyTokenIn(address: string, domain = env().INBOUND_EMAIL_DOMAIN): string | null {
  const bare = /<([^>]+)>/.exec(address)?.[1] ?? address;
  const match = /^reply\+([a-z0-9_-]{8,64})@(.+)$/i.exec(bare.trim());
  return match && match[2].toLowerCase() === domain.toLowerCase() ? match[1].toLowerCase() : null;
}
