// FU7: admins learn about the wallet in their notification center (X4): once per "out of credit" episode, and
// when a declined card turned auto-charge off.
import type { Db } from "@/db/client";
import { listMembers } from "@/db/queries/members";
import { insertNotification } from "@/db/queries/notification-center";
import { claimEmptyWalletNotice } from "@/db/queries/sms-wallet";

export const walletNotices = {
  empty: {
    type: "billing.sms_wallet_empty",
    title: "Texts are not being sent: the SMS wallet is empty",
    body: "Add credit or turn on auto-charge in Settings → Billing. Texts not sent show `insufficient_balance` in Settings → Deliveries.",
  },
  cardDeclined: {
    type: "billing.card_declined",
    title: "Auto-charge is off: the card was declined",
    body: "Save another card in Settings → Billing and turn auto-charge on again.",
  },
} as const;

async function tellAdmins(
  db: Db,
  workspaceId: string,
  notice: (typeof walletNotices)[keyof typeof walletNotices],
) {
  const admins = (await listMembers(db, workspaceId)).filter((m) => m.role === "admin");
  for (const admin of admins) {
    await insertNotification(db, { workspaceId, userId: admin.userId, ...notice });
  }
}

// Not per text: the first text refused for want of credit tells them; the next credit starts a new episode.
export async function tellAdminsWalletEmptyOnce(db: Db, workspaceId: string, now = new Date()) {
  if (await claimEmptyWalletNotice(db, workspaceId, now))
    await tellAdmins(db, workspaceId, walletNotices.empty);
}

export async function tellAdminsCardDeclined(db: Db, workspaceId: string) {
  await tellAdmins(db, workspaceId, walletNotices.cardDeclined);
}
