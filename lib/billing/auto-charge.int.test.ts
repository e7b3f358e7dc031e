// FU7 auto-charge through the real `stripe` SDK and the local Stripe: a card saved with Checkout tops the wallet
// up when a text finds it short; a declined card turns auto-charge off and tells the admins.
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { addMember } from "@/db/queries/members";
import { findSmsWallet, updateSmsWallet } from "@/db/queries/sms-wallet";
import { createUser } from "@/db/queries/users";
import { createWorkspace } from "@/db/queries/workspaces";
import { notifications, smsLedger } from "@/db/schema";
import { type StripeBilling, stripeBilling } from "@/lib/integrations/stripe/client";
import { payOnSandboxCheckout } from "@/lib/integrations/stripe/sandbox/checkout";
import { type StripeSandbox, startStripeSandbox } from "@/lib/integrations/stripe/sandbox/server";
import { SANDBOX_SECRET_KEY, type TestCardNumber } from "@/lib/integrations/stripe/sandbox/store";
import { createTestDb } from "@/test/db";
import { walletNotices } from "./admin-notice";
import { chargeTextDelivery } from "./wallet";

let conn: Connection;
let sandbox: StripeSandbox;
let stripe: StripeBilling;
beforeAll(async () => {
  conn = await createTestDb();
  sandbox = await startStripeSandbox();
  stripe = stripeBilling({
    STRIPE_SECRET_KEY: SANDBOX_SECRET_KEY,
    STRIPE_API_URL: sandbox.url,
  }) as StripeBilling;
});
afterAll(async () => {
  await conn.close();
  await sandbox.close();
});

// A workspace whose admin saved `card` through Checkout and turned auto-charge on ($20 at a time).
async function workspaceWithCard(card: TestCardNumber) {
  const ws = await createWorkspace(conn.db, "Cards");
  const admin = await createUser(conn.db, {
    email: `${randomUUID()}@example.test`,
    name: "A",
    passwordHash: null,
  });
  await addMember(conn.db, ws.id, admin.id, "admin");
  const customerId = await stripe.ensureCustomer(ws.id, ws.name);
  const url = await stripe.startCardSetup({
    customerId,
    successUrl: "http://h/?s={CHECKOUT_SESSION_ID}",
    cancelUrl: "http://h/",
  });
  const back = new URL(await payOnSandboxCheckout(url, card));
  const saved = await stripe.readCardSetup(back.searchParams.get("s") ?? "");
  await updateSmsWallet(conn.db, ws.id, {
    stripeCustomerId: saved?.customerId,
    stripePaymentMethodId: saved?.paymentMethodId,
    cardLabel: saved?.cardLabel,
    autoChargeEnabled: true,
    autoChargeAmountMinor: 2000,
  });
  return { workspaceId: ws.id, adminId: admin.id };
}

const text = (workspaceId: string) => ({
  workspaceId,
  deliveryId: randomUUID(),
  countryCode: "US",
  segments: 2,
});

it("FU7: auto-charge: a text that finds the wallet empty is paid by an off-session top-up of the configured amount", async () => {
  const { workspaceId } = await workspaceWithCard("4242424242424242");
  const result = await chargeTextDelivery(conn.db, text(workspaceId), stripe);
  expect(result).toEqual({ outcome: "charged", amountMinor: 2, balanceAfterMinor: 1998, toppedUp: true });
  const [topUp] = await conn.db
    .select()
    .from(smsLedger)
    .where(and(eq(smsLedger.workspaceId, workspaceId), eq(smsLedger.kind, "top_up")));
  expect(topUp.amountMinor).toBe(2000);
  expect(sandbox.store.paymentIntents.find((pi) => pi.id === topUp.reference)).toMatchObject({
    status: "succeeded",
  });
});

it("FU7: a declined card turns auto-charge off and tells the admins; the text is not sent", async () => {
  const { workspaceId, adminId } = await workspaceWithCard("4000000000000002");
  expect((await chargeTextDelivery(conn.db, text(workspaceId), stripe)).outcome).toBe("insufficient_balance");
  const wallet = await findSmsWallet(conn.db, workspaceId);
  expect(wallet).toMatchObject({ autoChargeEnabled: false, balanceMinor: 0 });
  expect(wallet.cardDeclinedAt).toBeInstanceOf(Date);
  const told = await conn.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, adminId), eq(notifications.type, walletNotices.cardDeclined.type)));
  expect(told).toHaveLength(1);
});
