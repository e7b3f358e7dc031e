// The demo workspace seeded on first start: who is in it, with which role and groups; seeding twice is a no-op.
import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createTestDb } from "@/test/db";
import type { Connection } from "./client";
import { listMembers } from "./queries/members";
import { listRoutingGroups } from "./queries/routing-groups";
import { findUserByEmail } from "./queries/users";
import { memberships, routingGroupMembers, routingGroups, users, visitors, workspaces } from "./schema";
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
