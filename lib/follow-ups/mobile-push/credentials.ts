// The workspace's push credentials (Settings → Follow-ups): validated when saved, stored encrypted, read back
// only to sign requests. The page sees a summary (project, key id), never a private key.
import type { Db } from "@/db/client";
import { findMobilePushCredentials, saveMobilePushCredential } from "@/db/queries/mobile-push-credentials";
import { decryptSecret, encryptSecret } from "@/lib/crypto";
import { AppError, toAppError } from "@/lib/errors";
import { type ApnsKey, apnsKeySchema } from "@/lib/integrations/apns/client";
import { type FcmServiceAccount, fcmServiceAccountSchema } from "@/lib/integrations/fcm/service-account";

export interface PushCredentials {
  fcm: FcmServiceAccount | null;
  apns: ApnsKey | null;
}

export async function loadPushCredentials(db: Db, workspaceId: string): Promise<PushCredentials> {
  const stored = await findMobilePushCredentials(db, workspaceId);
  return {
    fcm: stored.fcm ? fcmServiceAccountSchema.parse(JSON.parse(decryptSecret(stored.fcm))) : null,
    apns: stored.apns ? apnsKeySchema.parse(JSON.parse(decryptSecret(stored.apns))) : null,
  };
}

export interface PushCredentialsSummary {
  fcm: { projectId: string; clientEmail: string } | null;
  apns: { keyId: string; teamId: string } | null;
}

export async function pushCredentialsSummary(db: Db, workspaceId: string): Promise<PushCredentialsSummary> {
  const { fcm, apns } = await loadPushCredentials(db, workspaceId);
  return {
    fcm: fcm && { projectId: fcm.project_id, clientEmail: fcm.client_email },
    apns: apns && { keyId: apns.keyId, teamId: apns.teamId },
  };
}

// The service account JSON as downloaded from the Firebase console; a 400 naming what is wrong with it.
export async function saveFcmServiceAccount(db: Db, workspaceId: string, json: string) {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new AppError("BAD_REQUEST", "The service account must be the JSON file from Firebase", {
      serviceAccount: "Not JSON: paste the whole file",
    });
  }
  const account = fieldError("serviceAccount", () => fcmServiceAccountSchema.parse(parsed));
  await saveMobilePushCredential(db, workspaceId, "fcm", encryptSecret(JSON.stringify(account)));
}

export async function saveApnsKey(db: Db, workspaceId: string, input: unknown) {
  const key = apnsKeySchema.parse(input); // its fields are the form's: zod names them
  await saveMobilePushCredential(db, workspaceId, "apns", encryptSecret(JSON.stringify(key)));
}

export const removePushCredential = (db: Db, workspaceId: string, provider: "fcm" | "apns") =>
  saveMobilePushCredential(db, workspaceId, provider, null);

// A validation error inside the pasted JSON is reported on the one form field that holds it.
function fieldError<T>(field: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const appError = toAppError(error);
    if (!appError) throw error;
    throw new AppError("BAD_REQUEST", appError.message, { [field]: appError.message });
  }
}
