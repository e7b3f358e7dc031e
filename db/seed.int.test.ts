// The demo workspace seeded on first start: who is in it, with which role and groups; seeding twice is a no-op.
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createTestDb } from "@/test/db";
import type { Connection } from "./client";
import { isAccountBasedRoutingOn } from "./queries/account-source-settings";
import { listMembers } from "./queries/members";
import { listRoutingGroups } from "./queries/routing-groups";
import { findUserByEmail } from "./queries/users";
import {
  accountContacts,
  accountOwners,
  customerAccounts,
  memberships,
  routingGroupMembers,
  routingGroups,
  users,
  visitors,
  workspaces,
} from "./schema";
import { DEMO_PASSWORD, seedDemo } from "./seed";

let conn: Connection;

beforeAll(async () => {
  conn = await createTestDb();
});

afterAll(async () => {
  await conn?.close();
});

const rowCounts = async () => {
  const { db } = conn;
  const tables = { workspaces, users, memberships, routingGroups, routingGroupMembers, visitors };
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await db.select({ n: count() }).from(table);
    out[name] = row.n;
  }
  return out;
};

describe("seedDemo", () => {
  it("creates Acme with the five demo users, their roles and the two routing groups", async () => {
    const { db } = conn;
    expect(await seedDemo(db)).toEqual({ seeded: true });

    const all = await db.select().from(workspaces);
    expect(all.map((w) => w.name)).toEqual(["Acme"]);
    const acme = all[0].id;

    const members = await listMembers(db, acme);
    const roleByName = Object.fromEntries(members.map((m) => [m.email.split("@")[0], m.role]));
    expect(roleByName).toEqual({
      ada: "admin",
      sam: "supervisor",
      nadia: "agent",
      luca: "agent",
      matteo: "agent",
    });

    const groups = await listRoutingGroups(db, acme);
    const summary = groups.map((g) => ({
      name: g.name,
      isDefault: g.isDefault,
      members: g.members.map((m) => m.email.split("@")[0]).sort(),
    }));
    expect(summary).toEqual([
      { name: "Sales", isDefault: true, members: ["luca", "matteo", "nadia"] },
      { name: "Support", isDefault: false, members: ["luca"] },
    ]);
  });

  it("LV2: makes Nadia the owner of Globex, Jane's target account, with Account-Based Routing on", async () => {
    const { db } = conn;
    const [acme] = await db.select().from(workspaces);
    expect(await isAccountBasedRoutingOn(db, acme.id)).toBe(true);
    const [globex] = await db.select().from(customerAccounts);
    expect(globex).toMatchObject({ name: "Globex", domains: ["globex.example"], target: true });
    const nadia = await findUserByEmail(db, "nadia@acme.test");
    const owners = await db.select().from(accountOwners).where(eq(accountOwners.accountId, globex.id));
    expect(owners.map((o) => o.userId)).toEqual([nadia?.id]);
    const contacts = await db.select().from(accountContacts).where(eq(accountContacts.accountId, globex.id));
    expect(contacts.map((c) => c.email)).toEqual(["jane@globex.example"]);
  });

  it("gives the demo users the demo password", async () => {
    const ada = await findUserByEmail(conn.db, "ada@acme.test");
    expect(await verifyPassword(ada?.passwordHash ?? null, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(ada?.passwordHash ?? null, "not-the-password")).toBe(false);
  });

  it("does nothing when run again", async () => {
    const before = await rowCounts();
    expect(before.workspaces).toBe(1);
    expect(await seedDemo(conn.db)).toEqual({ seeded: false });
    expect(await rowCounts()).toEqual(before);
  });
});
