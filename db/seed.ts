// The demo workspace "Acme", created on first start with an empty database (and by `npm run db:seed`).
import { hashPassword } from "@/lib/auth/password";
import { grantMonthlyCredits } from "@/lib/billing/credits";
import type { Db } from "./client";
import { addAccountContact, setAccountOwners } from "./queries/account-people";
import { setAccountBasedRouting } from "./queries/account-source-settings";
import { createAccount } from "./queries/accounts";
import { addMember } from "./queries/members";
import { createRoutingGroup, setRoutingGroupMembers } from "./queries/routing-groups";
import { updateSmsWallet } from "./queries/sms-wallet";
import { createUser } from "./queries/users";
import { countWorkspaces, createWorkspace } from "./queries/workspaces";
import type { Role } from "./schema";
import { visitors, visits } from "./schema";

export const DEMO_PASSWORD = "demo-password";
// A fixed widget key for the demo workspace, so /demo and the README can name it.
export const DEMO_PUBLIC_KEY = "pk_acme_demo";

export const demoUsers: { email: string; name: string; role: Role; timeZone: string }[] = [
  { email: "ada@acme.test", name: "Ada Admin", role: "admin", timeZone: "Europe/London" },
  { email: "sam@acme.test", name: "Sam Supervisor", role: "supervisor", timeZone: "America/New_York" },
  { email: "nadia@acme.test", name: "Nadia Agent", role: "agent", timeZone: "Europe/Paris" },
  { email: "luca@acme.test", name: "Luca Agent", role: "agent", timeZone: "Europe/Rome" },
  { email: "matteo@acme.test", name: "Matteo Agent", role: "agent", timeZone: "Europe/Rome" },
];

export async function seedDemo(db: Db): Promise<{ seeded: boolean }> {
  if ((await countWorkspaces(db)) > 0) return { seeded: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const ws = await createWorkspace(tx, "Acme", { publicKey: DEMO_PUBLIC_KEY });
    const ids: Record<string, string> = {};
    for (const u of demoUsers) {
      const user = await createUser(tx, { ...u, passwordHash });
      await addMember(tx, ws.id, user.id, u.role);
      ids[u.email.split("@")[0]] = user.id;
    }
    const sales = await createRoutingGroup(tx, ws.id, { name: "Sales", isDefault: true });
    const support = await createRoutingGroup(tx, ws.id, { name: "Support" });
    await setRoutingGroupMembers(tx, ws.id, sales.id, [ids.nadia, ids.luca, ids.matteo]);
    await setRoutingGroupMembers(tx, ws.id, support.id, [ids.luca]);

    // LV1/LV2: Jane (the known visitor of /demo) works at Globex, owned by Nadia, so her visit alerts Nadia.
    const globex = await createAccount(tx, ws.id, {
      name: "Globex",
      domains: ["globex.example"],
      target: true,
    });
    await setAccountOwners(tx, ws.id, globex.id, [ids.nadia]);
    await addAccountContact(tx, ws.id, globex.id, {
      name: "Jane Cooper",
      email: "jane@globex.example",
      phone: null,
    });
    await setAccountBasedRouting(tx, ws.id, true);
    // FU7: Acme is a paid workspace with this month's SMS credit, so the demo's texts have something to spend.
    await updateSmsWallet(tx, ws.id, { plan: "paid" });
    await grantMonthlyCredits(tx);

    const seededVisitors = await tx
      .insert(visitors)
      .values([
        { workspaceId: ws.id, name: "Jane Cooper", email: "jane@globex.example" },
        { workspaceId: ws.id, name: "Bob Porter", email: "bob@initech.example", phone: "+15555550123" },
        { workspaceId: ws.id },
      ])
      .returning();
    await tx.insert(visits).values(
      seededVisitors.map((v, i) => ({
        workspaceId: ws.id,
        visitorId: v.id,
        pageViews: i + 1,
        currentUrl: "/demo",
        endedAt: new Date(),
      })),
    );
  });
  return { seeded: true };
}
