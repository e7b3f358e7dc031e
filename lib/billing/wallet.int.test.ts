// FU7 through the real queries: charges per segment, refusals for want of credit, refunds, auto-charge, the
// monthly credit, and 1,000 concurrent charges (on PostgreSQL in the postgres run; PGlite serialises them).
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { addMember } from "@/db/queries/members";
import { findSmsWallet, saveSmsPrice, sumSmsLedger, updateSmsWallet } from "@/db/queries/sms-wallet";
import { createUser } from "@/db/queries/users";
import { createWorkspace } from "@/db/queries/workspaces";
import { notifications, smsLedger } from "@/db/schema";
import { createTestDb } from "@/test/db";
import { walletNotices } from "./admin-notice";
import type { AutoCharge } from "./auto-charge";
import { addCreditByHand, grantMonthlyCredits, MONTHLY_CREDIT_MINOR } from "./credits";
import { chargeTextDelivery, refundTextDelivery } from "./wallet";

const t = {} as { conn: Connection };
beforeAll(async () => {
  t.conn = await createTestDb();
});
afterAll(() => t.conn.close());

async function workspaceWithAdmin(balanceMinor = 0) {
  const ws = await createWorkspace(t.conn.db, `Wallet ${randomUUID().slice(0, 8)}`);
  const admin = await createUser(t.conn.db, {
    email: `admin-${randomUUID()}@example.test`,
    name: "Admin",
    passwordHash: null,
  });
  await addMember(t.conn.db, ws.id, admin.id, "admin");
  if (balanceMinor > 0) {
    await addCreditByHand(t.conn.db, {
      workspaceId: ws.id,
      amountMinor: balanceMinor,
      actorUserId: admin.id,
      requestId: randomUUID(),
    });
  }
  return { workspaceId: ws.id, adminId: admin.id };
}

const text = (workspaceId: string, segments = 1, countryCode = "US") => ({
  workspaceId,
  deliveryId: randomUUID(),
  countryCode,
  segments,
});

async function noticesOf(userId: string, type: string) {
  return t.conn.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.type, type)));
}

// A saved card and auto-charge on, as Settings → Billing leaves them.
async function autoChargeOn(workspaceId: string, o: { amountMinor: number; thresholdMinor: number }) {
  await updateSmsWallet(t.conn.db, workspaceId, {
    autoChargeEnabled: true,
    autoChargeAmountMinor: o.amountMinor,
    autoChargeThresholdMinor: o.thresholdMinor,
    stripeCustomerId: "cus_1",
    stripePaymentMethodId: "pm_1",
  });
}

// A card that answers as Stripe would, counting the calls and the idempotency keys it was given.
function fakeCard(answer: "succeeded" | "declined" = "succeeded") {
  const keys: string[] = [];
  const gateway: AutoCharge = {
    async chargeSavedCard(p) {
      keys.push(p.idempotencyKey);
      if (answer === "declined") return { outcome: "declined", code: "card_declined", message: "declined" };
      return { outcome: "succeeded", paymentIntentId: `pi_${keys.length}`, amountMinor: p.amountMinor };
    },
  };
  return { gateway, keys };
}

describe("the SMS wallet", () => {
  it("FU7: charges a text per segment at its destination country's price, and records it once", async () => {
    const { workspaceId } = await workspaceWithAdmin(100);
    await saveSmsPrice(t.conn.db, workspaceId, "GB", 7);
    const uk = text(workspaceId, 3, "gb");
    expect(await chargeTextDelivery(t.conn.db, uk)).toMatchObject({ outcome: "charged", amountMinor: 21 });
    // A retry of the same delivery is not charged again.
    expect(await chargeTextDelivery(t.conn.db, uk)).toMatchObject({ outcome: "charged", amountMinor: 21 });
    // A country with no price of its own costs the fallback (10 ¢ by default).
    expect(await chargeTextDelivery(t.conn.db, text(workspaceId, 2, "ZW"))).toMatchObject({
      amountMinor: 20,
    });
    expect((await findSmsWallet(t.conn.db, workspaceId)).balanceMinor).toBe(100 - 21 - 20);
    const charges = await t.conn.db.select().from(smsLedger).where(eq(smsLedger.deliveryId, uk.deliveryId));
    expect(charges).toMatchObject([{ kind: "charge", amountMinor: -21, segments: 3, countryCode: "GB" }]);
  });

  it("FU7: insufficient balance: the text is not charged, and admins are told once per episode", async () => {
    const { workspaceId, adminId } = await workspaceWithAdmin(2);
    const refused = await chargeTextDelivery(t.conn.db, text(workspaceId, 3));
    expect(refused).toEqual({ outcome: "insufficient_balance", amountMinor: 3, balanceMinor: 2 });
    await chargeTextDelivery(t.conn.db, text(workspaceId, 3));
    expect(await noticesOf(adminId, walletNotices.empty.type)).toHaveLength(1);
    expect((await findSmsWallet(t.conn.db, workspaceId)).balanceMinor).toBe(2);
    // Credit ends the episode; the next refusal tells them again.
    await addCreditByHand(t.conn.db, {
      workspaceId,
      amountMinor: 1,
      actorUserId: adminId,
      requestId: randomUUID(),
    });
    expect(await chargeTextDelivery(t.conn.db, text(workspaceId, 3))).toMatchObject({ outcome: "charged" });
    await chargeTextDelivery(t.conn.db, text(workspaceId, 1));
    expect(await noticesOf(adminId, walletNotices.empty.type)).toHaveLength(2);
  });

  it("FU7: a text the provider refuses at once is refunded exactly once", async () => {
    const { workspaceId } = await workspaceWithAdmin(50);
    const sms = text(workspaceId, 4);
    await chargeTextDelivery(t.conn.db, sms);
    expect(await refundTextDelivery(t.conn.db, sms)).toEqual({ refundedMinor: 4 });
    expect(await refundTextDelivery(t.conn.db, sms)).toEqual({ refundedMinor: 0 });
    expect(await refundTextDelivery(t.conn.db, text(workspaceId))).toEqual({ refundedMinor: 0 }); // never charged
    expect((await findSmsWallet(t.conn.db, workspaceId)).balanceMinor).toBe(50);
  });

  it("FU7: auto-charge tops up by the configured amount when the balance is below the price", async () => {
    const { workspaceId } = await workspaceWithAdmin(1);
    await autoChargeOn(workspaceId, { amountMinor: 500, thresholdMinor: 0 });
    const card = fakeCard();
    const result = await chargeTextDelivery(t.conn.db, text(workspaceId, 2), card.gateway);
    expect(result).toEqual({ outcome: "charged", amountMinor: 2, balanceAfterMinor: 499, toppedUp: true });
    expect(card.keys).toEqual([`herald-top-up-${workspaceId}-1`]);
    const topUps = await t.conn.db
      .select()
      .from(smsLedger)
      .where(and(eq(smsLedger.workspaceId, workspaceId), eq(smsLedger.kind, "top_up")));
    expect(topUps).toMatchObject([{ amountMinor: 500, reference: "pi_1" }]);
  });

  it("FU7: auto-charge tops up when a text leaves the balance below the threshold", async () => {
    const { workspaceId } = await workspaceWithAdmin(300);
    await autoChargeOn(workspaceId, { amountMinor: 1000, thresholdMinor: 300 });
    const card = fakeCard();
    const result = await chargeTextDelivery(t.conn.db, text(workspaceId, 1), card.gateway);
    expect(result).toMatchObject({ outcome: "charged", balanceAfterMinor: 299 });
    expect((await findSmsWallet(t.conn.db, workspaceId)).balanceMinor).toBe(1299);
    await chargeTextDelivery(t.conn.db, text(workspaceId, 1), card.gateway);
    expect(card.keys).toHaveLength(1); // 1298 is above the threshold
  });

  it("FU7: auto-charge tops up once when concurrent texts find the balance low", async () => {
    const { workspaceId } = await workspaceWithAdmin(0);
    await autoChargeOn(workspaceId, { amountMinor: 1000, thresholdMinor: 0 });
    const card = fakeCard();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => chargeTextDelivery(t.conn.db, text(workspaceId), card.gateway)),
    );
    expect(results.every((r) => r.outcome === "charged")).toBe(true);
    expect(card.keys).toHaveLength(1);
    expect((await findSmsWallet(t.conn.db, workspaceId)).balanceMinor).toBe(1000 - 20);
  });

  it("FU7: a declined card turns auto-charge off and tells the admins; the text is not sent", async () => {
    const { workspaceId, adminId } = await workspaceWithAdmin(0);
    await autoChargeOn(workspaceId, { amountMinor: 2000, thresholdMinor: 500 });
    const card = fakeCard("declined");
    const result = await chargeTextDelivery(t.conn.db, text(workspaceId), card.gateway);
    expect(result.outcome).toBe("insufficient_balance");
    const wallet = await findSmsWallet(t.conn.db, workspaceId);
    expect(wallet.autoChargeEnabled).toBe(false);
    expect(wallet.cardDeclinedAt).not.toBeNull();
    expect(await noticesOf(adminId, walletNotices.cardDeclined.type)).toHaveLength(1);
    // Off now: the next text does not try the card again.
    await chargeTextDelivery(t.conn.db, text(workspaceId), card.gateway);
    expect(card.keys).toHaveLength(1);
  });

  it("FU7: the monthly credit goes to paid workspaces once per month, whatever the retries", async () => {
    const paid = await workspaceWithAdmin(0);
    const free = await workspaceWithAdmin(0);
    await updateSmsWallet(t.conn.db, paid.workspaceId, { plan: "paid" });
    await findSmsWallet(t.conn.db, free.workspaceId);
    const first = new Date("2026-12-01T00:05:00Z");
    await Promise.all([grantMonthlyCredits(t.conn.db, first), grantMonthlyCredits(t.conn.db, first)]);
    await grantMonthlyCredits(t.conn.db, new Date("2026-12-01T09:00:00Z"));
    expect((await findSmsWallet(t.conn.db, paid.workspaceId)).balanceMinor).toBe(MONTHLY_CREDIT_MINOR);
    expect((await findSmsWallet(t.conn.db, free.workspaceId)).balanceMinor).toBe(0);
    await grantMonthlyCredits(t.conn.db, new Date("2027-01-01T00:05:00Z"));
    expect((await findSmsWallet(t.conn.db, paid.workspaceId)).balanceMinor).toBe(2 * MONTHLY_CREDIT_MINOR);
  });

  it("FU7: 1,000 concurrent charges on PostgreSQL never go negative and sum exactly", async () => {
    // 1,000 one-cent texts (and 100 retries of them) against a balance of 700: exactly 700 are charged.
    const { workspaceId } = await workspaceWithAdmin(700);
    const texts = Array.from({ length: 1000 }, () => text(workspaceId));
    const results = await Promise.all(
      [...texts, ...texts.slice(0, 100)].map((sms) => chargeTextDelivery(t.conn.db, sms)),
    );
    const charged = new Set(
      results.flatMap((r, i) => (r.outcome === "charged" ? [[...texts, ...texts][i].deliveryId] : [])),
    );
    expect(charged.size).toBe(700);
    const wallet = await findSmsWallet(t.conn.db, workspaceId);
    expect(wallet.balanceMinor).toBe(0);
    expect(await sumSmsLedger(t.conn.db, workspaceId)).toBe(wallet.balanceMinor);
    const charges = await t.conn.db
      .select()
      .from(smsLedger)
      .where(and(eq(smsLedger.workspaceId, workspaceId), eq(smsLedger.kind, "charge")));
    expect(charges).toHaveLength(700);
    expect(charges.every((c) => c.balanceAfterMinor >= 0)).toBe(true);
  }, 120_000);
});
