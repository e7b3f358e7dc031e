// The VAPID identity Herald signs web push with: from VAPID_* when set, otherwise generated on first start and
// stored encrypted in `app_secrets`, so every instance (and every restart) signs with the same key pair —
// browsers' subscriptions are bound to the public key, a new pair would orphan them all.
import webpush from "web-push";
import type { Db } from "@/db/client";
import { findAppSecret, insertAppSecretOnce } from "@/db/queries/app-secrets";
import { decryptSecret, encryptSecret } from "@/lib/crypto";
import { type Env, env } from "@/lib/env";

export interface VapidDetails {
  publicKey: string;
  privateKey: string;
  subject: string;
}

const SECRET_NAME = "vapid";

// Push services want a contact: the app's https URL, or else the sender address of its emails.
export function defaultVapidSubject(appUrl = env().APP_URL, emailFrom = env().EMAIL_FROM): string {
  if (appUrl.startsWith("https://")) return appUrl;
  const address = /<([^>]+)>/.exec(emailFrom)?.[1] ?? emailFrom;
  return `mailto:${address.includes("@") ? address.trim() : "herald@example.invalid"}`;
}

async function readStored(db: Db): Promise<Omit<VapidDetails, "subject"> | undefined> {
  const stored = await findAppSecret(db, SECRET_NAME);
  return stored ? JSON.parse(decryptSecret(stored)) : undefined;
}

export async function vapidDetails(db: Db, e: Env = env()): Promise<VapidDetails> {
  if (e.VAPID_PUBLIC_KEY && e.VAPID_PRIVATE_KEY && e.VAPID_SUBJECT) {
    return { publicKey: e.VAPID_PUBLIC_KEY, privateKey: e.VAPID_PRIVATE_KEY, subject: e.VAPID_SUBJECT };
  }
  const subject = defaultVapidSubject(e.APP_URL, e.EMAIL_FROM);
  const stored = await readStored(db);
  if (stored) return { ...stored, subject };
  const generated = webpush.generateVAPIDKeys();
  // Two instances starting together may both generate: the first insert wins and both read it back.
  await insertAppSecretOnce(db, SECRET_NAME, encryptSecret(JSON.stringify(generated)));
  const winner = await readStored(db);
  if (!winner) throw new Error("VAPID keys could not be stored");
  return { ...winner, subject };
}
