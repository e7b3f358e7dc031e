// FU6: the workspace's sender domain as Resend last reported it.
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { type SenderDomainRecord, senderDomains } from "../schema";

export async function findSenderDomain(db: Db, workspaceId: string) {
  const [row] = await db.select().from(senderDomains).where(eq(senderDomains.workspaceId, workspaceId));
  return row;
}

export async function saveSenderDomain(
  db: Db,
  workspaceId: string,
  values: { domain: string; resendDomainId: string; status: string; records: SenderDomainRecord[] },
  now: Date,
) {
  await db
    .insert(senderDomains)
    .values({ workspaceId, ...values, checkedAt: now })
    .onConflictDoUpdate({ target: senderDomains.workspaceId, set: { ...values, checkedAt: now } });
}

export async function removeSenderDomain(db: Db, workspaceId: string) {
  await db.delete(senderDomains).where(eq(senderDomains.workspaceId, workspaceId));
}
