// The SMS wallet's queries (FU7), each scoped to one workspace. The balance moves only through the two
// conditional UPDATEs below, so it cannot go negative even when many texts are charged at once.
import { and, count, desc, eq, gte, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import { type SmsLedgerEntry, type SmsWallet, smsLedger, smsPrices, smsWallets, users } from "../schema";

// The wallet row appears on first use; a workspace without one has the defaults and a zero balance.
export async function ensureSmsWallet(db: Db, workspaceId: string): Promise<void> {
  await db.insert(smsWallets).values({ workspaceId }).onConflictDoNothing();
}

export async function findSmsWallet(db: Db, workspaceId: string): Promise<SmsWallet> {
  await ensureSmsWallet(db, workspaceId);
  const [row] = await db.select().from(smsWallets).where(eq(smsWallets.workspaceId, workspaceId));
  return row;
}

// Row-locked until the transaction ends: one top-up at a time per workspace.
export async function lockSmsWallet(db: Db, workspaceId: string): Promise<SmsWallet> {
  await ensureSmsWallet(db, workspaceId);
  const [row] = await db
    .select()
    .from(smsWallets)
    .where(eq(smsWallets.workspaceId, workspaceId))
    .for("update");
  return row;
}

// Takes `amount` only if the balance covers it (`UPDATE … WHERE balance >= amount RETURNING`); null otherwise.
export async function debitSmsWallet(
  db: Db,
  workspaceId: string,
  amountMinor: number,
): Promise<number | null> {
  const [row] = await db
    .update(smsWallets)
    .set({ balanceMinor: sql`${smsWallets.balanceMinor} - ${amountMinor}`, updatedAt: new Date() })
    .where(and(eq(smsWallets.workspaceId, workspaceId), gte(smsWallets.balanceMinor, amountMinor)))
    .returning({ balanceMinor: smsWallets.balanceMinor });
  return row?.balanceMinor ?? null;
}

// Adds to the balance; money coming in also ends an "out of credit" episode (admins may be told again later).
export async function creditSmsWallet(db: Db, workspaceId: string, amountMinor: number): Promise<number> {
  await ensureSmsWallet(db, workspaceId);
  const [row] = await db
    .update(smsWallets)
    .set({
      balanceMinor: sql`${smsWallets.balanceMinor} + ${amountMinor}`,
      emptyNoticeAt: null,
      updatedAt: new Date(),
    })
    .where(eq(smsWallets.workspaceId, workspaceId))
    .returning({ balanceMinor: smsWallets.balanceMinor });
  return row.balanceMinor;
}

// Once per key, whatever the retries: null when an entry with this key exists already.
export async function insertSmsLedgerEntry(
  db: Db,
  entry: typeof smsLedger.$inferInsert,
): Promise<SmsLedgerEntry | null> {
  const [row] = await db.insert(smsLedger).values(entry).onConflictDoNothing().returning();
  return row ?? null;
}

export async function findSmsLedgerEntry(
  db: Db,
  workspaceId: string,
  uniqueKey: string,
): Promise<SmsLedgerEntry | null> {
  const [row] = await db
    .select()
    .from(smsLedger)
    .where(and(eq(smsLedger.workspaceId, workspaceId), eq(smsLedger.uniqueKey, uniqueKey)));
  return row ?? null;
}

// Newest first, one page at a time.
export async function listSmsLedger(db: Db, workspaceId: string, page: { limit: number; offset: number }) {
  const where = eq(smsLedger.workspaceId, workspaceId);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ entry: smsLedger, actorName: users.name })
      .from(smsLedger)
      .leftJoin(users, eq(users.id, smsLedger.actorUserId))
      .where(where)
      .orderBy(desc(smsLedger.createdAt), desc(smsLedger.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: count() }).from(smsLedger).where(where),
  ]);
  return { rows, total };
}

export async function sumSmsLedger(db: Db, workspaceId: string): Promise<number> {
  const [row] = await db
    .select({ sum: sql<string>`coalesce(sum(${smsLedger.amountMinor}), 0)` })
    .from(smsLedger)
    .where(eq(smsLedger.workspaceId, workspaceId));
  return Number(row.sum);
}

// True once per "out of credit" episode: the caller tells the admins only then.
export async function claimEmptyWalletNotice(db: Db, workspaceId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(smsWallets)
    .set({ emptyNoticeAt: now })
    .where(and(eq(smsWallets.workspaceId, workspaceId), isNull(smsWallets.emptyNoticeAt)))
    .returning({ workspaceId: smsWallets.workspaceId });
  return rows.length > 0;
}

export async function updateSmsWallet(
  db: Db,
  workspaceId: string,
  values: Partial<
    Pick<
      SmsWallet,
      | "plan"
      | "autoChargeEnabled"
      | "autoChargeAmountMinor"
      | "autoChargeThresholdMinor"
      | "stripeCustomerId"
      | "stripePaymentMethodId"
      | "cardLabel"
      | "cardDeclinedAt"
      | "topUpCount"
    >
  >,
): Promise<void> {
  await ensureSmsWallet(db, workspaceId);
  await db
    .update(smsWallets)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(smsWallets.workspaceId, workspaceId));
}

export async function paidWorkspaceIds(db: Db): Promise<string[]> {
  const rows = await db
    .select({ id: smsWallets.workspaceId })
    .from(smsWallets)
    .where(eq(smsWallets.plan, "paid"));
  return rows.map((r) => r.id);
}

export async function listSmsPriceOverrides(db: Db, workspaceId: string) {
  return db
    .select({ countryCode: smsPrices.countryCode, perSegmentMinor: smsPrices.perSegmentMinor })
    .from(smsPrices)
    .where(eq(smsPrices.workspaceId, workspaceId));
}

export async function saveSmsPrice(
  db: Db,
  workspaceId: string,
  countryCode: string,
  perSegmentMinor: number,
) {
  await db
    .insert(smsPrices)
    .values({ workspaceId, countryCode, perSegmentMinor })
    .onConflictDoUpdate({
      target: [smsPrices.workspaceId, smsPrices.countryCode],
      set: { perSegmentMinor, updatedAt: new Date() },
    });
}

export async function deleteSmsPrice(db: Db, workspaceId: string, countryCode: string) {
  await db
    .delete(smsPrices)
    .where(and(eq(smsPrices.workspaceId, workspaceId), eq(smsPrices.countryCode, countryCode)));
}
