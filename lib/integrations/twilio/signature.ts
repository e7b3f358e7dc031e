// X-Twilio-Signature (PROVIDERS.md §2.6): checked with the SDK's own `validateRequest` over the URL Twilio called
// (built from APP_URL, never from the request's Host) and every form parameter, known or not.
import twilio from "twilio";

// A form body as Twilio signs it: a key sent twice is an array.
export function twilioParams(raw: string): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const seen = params[key];
    params[key] = seen === undefined ? value : [...[seen].flat(), value];
  }
  return params;
}

export function verifyTwilioSignature(
  authToken: string,
  signature: string | null,
  url: string,
  params: Record<string, string | string[]>,
): boolean {
  if (!signature) return false;
  return twilio.validateRequest(authToken, signature, url, params);
}
