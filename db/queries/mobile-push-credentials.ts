// Settings → Follow-ups → Mobile push: the workspace's FCM service account and APNs key, stored encrypted by the
// caller (lib/follow-ups/mobile-push/credentials.ts); this file never sees them in clear.
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { mobilePushCredentials } from "../schema";

export async function findMobilePushCredentials(db: Db, workspaceId: string) {
  const [row] = await db
    .select({ fcm: mobilePushCredentials.fcm, apns: mobilePushCredentials.apns })
    .from(mobilePushCredentials)
    .where(eq(mobilePushCredentials.workspaceId, workspaceId));
  return row ?? { fcm: null, apns: null };
}

// Sets one provider's encrypted credentials (null removes them), leaving the other's as they are.
export async function saveMobilePushCredential(
  db: Db,
  workspaceId: string,
  provider: "fcm" | "apns",
  encrypted: string | null,
) {
  const now = new Date();
  await db
    .insert(mobilePushCredentials)
    .values({ workspaceId, [provider]: encrypted, updatedAt: now })
    .onConflictDoUpdate({
      target: mobilePushCredentials.workspaceId,
      set: { [provider]: encrypted, updatedAt: now },
    });
}
