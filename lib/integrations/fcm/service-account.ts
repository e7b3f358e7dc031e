// A Firebase service account (the JSON downloaded from the Firebase console) and the OAuth2 access token it is
// exchanged for: a JWT signed RS256 with its private key, posted to its token_uri, cached until shortly before
// it expires (Google's tokens live an hour).
import { z } from "zod";
import { signJwt } from "../jwt";

export const fcmServiceAccountSchema = z.object({
  project_id: z.string({ message: "project_id is missing" }).min(1, "project_id is missing"),
  private_key_id: z.string({ message: "private_key_id is missing" }).min(1, "private_key_id is missing"),
  private_key: z.string({ message: "private_key is missing" }).includes("PRIVATE KEY", {
    message: "private_key must be a PEM private key",
  }),
  client_email: z.string({ message: "client_email is missing" }).min(1, "client_email is missing"),
  token_uri: z.url({ message: "token_uri must be a URL" }).default("https://oauth2.googleapis.com/token"),
});
export type FcmServiceAccount = z.infer<typeof fcmServiceAccountSchema>;

const SCOPE = "https://www.googleapis.com/auth/firebase.messaging";
const EARLY_REFRESH_MS = 60_000;
const cache = new Map<string, { token: string; expiresAt: number }>();

export class FcmAuthError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

export async function fcmAccessToken(
  account: FcmServiceAccount,
  { fetch: doFetch = fetch, now = Date.now }: { fetch?: typeof fetch; now?: () => number } = {},
): Promise<string> {
  const key = `${account.token_uri}|${account.client_email}|${account.private_key_id}`;
  const cached = cache.get(key);
  if (cached && cached.expiresAt - EARLY_REFRESH_MS > now()) return cached.token;
  const iat = Math.floor(now() / 1000);
  const assertion = signJwt(
    "RS256",
    { kid: account.private_key_id },
    { iss: account.client_email, scope: SCOPE, aud: account.token_uri, iat, exp: iat + 3600 },
    account.private_key,
  );
  let response: Response;
  try {
    response = await doFetch(account.token_uri, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion }),
    });
  } catch {
    throw new FcmAuthError("FCM: the token endpoint could not be reached", true);
  }
  const body = (await response.json().catch(() => ({}))) as {
    access_token?: string;
    expires_in?: number;
    error?: string;
  };
  if (!response.ok || !body.access_token) {
    // The OAuth error code only ("invalid_grant"): never the rest of the provider's answer.
    const code = typeof body.error === "string" ? body.error.slice(0, 60) : `HTTP ${response.status}`;
    throw new FcmAuthError(`FCM: the service account was refused (${code})`, response.status >= 500);
  }
  cache.set(key, { token: body.access_token, expiresAt: now() + (body.expires_in ?? 3600) * 1000 });
  return body.access_token;
}
