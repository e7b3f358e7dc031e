// The OAuth 2.0 token endpoint call both CRMs share (RFC 6749 §4.1.3, §6): a form POST with the client's
// credentials. 400/401 mean the code or refresh token is dead (only a new sign-in helps); other failures are
// plain errors, retried by the next sync.
import type { z } from "zod";
import type { CrmAuthError } from "./errors";

export async function oauthTokenRequest<T>(p: {
  url: URL;
  client: { clientId: string; clientSecret: string };
  form: Record<string, string>;
  vendor: string;
  schema: z.ZodType<T>;
  deadGrant: (detail: string) => CrmAuthError;
}): Promise<T> {
  const response = await fetch(p.url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
    body: new URLSearchParams({
      ...p.form,
      client_id: p.client.clientId,
      client_secret: p.client.clientSecret,
    }),
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.status === 400 || response.status === 401) {
    // Salesforce: error / error_description; HubSpot: status / message.
    const detail = [body.error_description, body.error, body.status, body.message].find(
      (v) => typeof v === "string",
    );
    throw p.deadGrant((detail as string | undefined) ?? `HTTP ${response.status}`);
  }
  if (!response.ok) throw new Error(`${p.vendor} token endpoint answered ${response.status}`);
  return p.schema.parse(body);
}
