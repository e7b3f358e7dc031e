// The two JWTs the push providers want, signed and checked with node:crypto (no library: PROVIDERS.md §4.5):
// RS256 for Google's service-account OAuth flow (FCM), ES256 for APNs token auth. The sandboxes verify with the
// same code, so a wrongly signed token fails there as it would at Google or Apple.
import { createPrivateKey, createPublicKey, type KeyObject, sign, verify } from "node:crypto";

export type JwtAlgorithm = "RS256" | "ES256";

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
// ES256 signatures are the raw r‖s pair (IEEE P1363), not DER as node:crypto gives by default.
const dsaEncoding = (alg: JwtAlgorithm) => (alg === "ES256" ? ("ieee-p1363" as const) : undefined);

export function signJwt(
  alg: JwtAlgorithm,
  header: Record<string, string>,
  claims: Record<string, unknown>,
  privateKeyPem: string,
): string {
  const data = `${part({ alg, typ: "JWT", ...header })}.${part(claims)}`;
  const key = createPrivateKey(privateKeyPem);
  const signature = sign("sha256", Buffer.from(data), { key, dsaEncoding: dsaEncoding(alg) });
  return `${data}.${signature.toString("base64url")}`;
}

export interface VerifiedJwt {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
}

// The header and claims when the signature is genuine for `publicKey` and the algorithm is the expected one;
// otherwise null. Time claims are the caller's to check (each provider has its own rules).
export function verifyJwt(
  token: string,
  alg: JwtAlgorithm,
  publicKey: KeyObject | string,
): VerifiedJwt | null {
  const [header, claims, signature, ...rest] = token.split(".");
  if (!header || !claims || !signature || rest.length > 0) return null;
  try {
    const parsed = {
      header: JSON.parse(Buffer.from(header, "base64url").toString("utf8")),
      claims: JSON.parse(Buffer.from(claims, "base64url").toString("utf8")),
    };
    if (parsed.header?.alg !== alg) return null;
    const key = typeof publicKey === "string" ? createPublicKey(publicKey) : publicKey;
    const ok = verify(
      "sha256",
      Buffer.from(`${header}.${claims}`),
      { key, dsaEncoding: dsaEncoding(alg) },
      Buffer.from(signature, "base64url"),
    );
    return ok ? parsed : null;
  } catch {
    return null; // not JSON, not a key: not a valid token
  }
}
