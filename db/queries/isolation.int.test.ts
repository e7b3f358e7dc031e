// Tenant isolation: every query scoped by a workspace id, called for workspace A, can neither read nor change
// workspace B's rows. Each case also runs the query on A's own row, so a query that silently does nothing
// cannot pass. One user ("both") belongs to both workspaces, the case where a user-id filter alone leaks.
import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Connection, Db } from "@/db/client";
import { invitations, memberships, type Role, routingGroupMembers, routingGroups } from "@/db/schema";
import { createTestDb } from "@/test/db";
import {
  createInvitation,
  findPendingInvitationByEmail,
  listPendingInvitations,
  revokeInvitation,
} from "./invitations";
import { addMember, findMember, listMembers, removeMember, setAvailability, setMemberRole } from "./members";
import {
  createRoutingGroup,
  deleteRoutingGroup,
  findRoutingGroup,
  findRoutingGroupByName,
  listRoutingGroups,
  renameRoutingGroup,
  setDefaultRoutingGroup,
  setRoutingGroupMembers,
} from "./routing-groups";
import { createUser } from "./users";
import { createWorkspace } from "./workspaces";

let conn: Connection;
let db: Db;
const ws = { a: "", b: "" };
const user: Record<string, string> = {};
const group: Record<string, string> = {};
const invitation: Record<string, string> = {};

// Everything workspace B owns, in a stable order: compared before and after each call made for A.
async function workspaceState(workspaceId: string) {
  return {
    memberships: await db
      .select({
        userId: memberships.userId,
        role: memberships.role,
        status: memberships.status,
        dndUntil: memberships.dndUntil,
      })
      .from(memberships)
      .where(eq(memberships.workspaceId, workspaceId))
      .orderBy(asc(memberships.userId)),
    groups: await db
      .select({ id: routingGroups.id, name: routingGroups.name, isDefault: routingGroups.isDefault })
      .from(routingGroups)
      .where(eq(routingGroups.workspaceId, workspaceId))
      .orderBy(asc(routingGroups.name)),
    groupMembers: await db
      .select({ groupId: routingGroupMembers.groupId, userId: routingGroupMembers.userId })
      .from(routingGroupMembers)
      .where(eq(routingGroupMembers.workspaceId, workspaceId))
      .orderBy(asc(routingGroupMembers.groupId), asc(routingGroupMembers.userId)),
    invitations: await db
      .select({ id: invitations.id, email: invitations.email, acceptedAt: invitations.acceptedAt })
      .from(invitations)
      .where(eq(invitations.workspaceId, workspaceId))
      .orderBy(asc(invitations.email)),
  };
}

async function groupMemberIds(groupId: string) {
  const rows = await db
    .select({ userId: routingGroupMembers.userId })
    .from(routingGroupMembers)
    .where(eq(routingGroupMembers.groupId, groupId));
  return rows.map((r) => r.userId).sort();
}

async function roleIn(workspaceId: string, userId: string) {
  const [row] = await db
    .select({ role: memberships.role, status: memberships.status })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  return row;
}

let stateOfB: Awaited<ReturnType<typeof workspaceState>>;

beforeAll(async () => {
  conn = await createTestDb();
  db = conn.db;
  ws.a = (await createWorkspace(db, "Alpha")).id;
  ws.b = (await createWorkspace(db, "Beta")).id;
  const people: [key: string, workspaces: ("a" | "b")[], role: Role][] = [
    ["aAdmin", ["a"], "admin"],
    ["aAgent", ["a"], "agent"],
    ["bAdmin", ["b"], "admin"],
    ["bAgent", ["b"], "agent"],
    ["both", ["a", "b"], "agent"],
    ["leaver", ["a", "b"], "agent"],
  ];
  for (const [key, inWorkspaces, role] of people) {
    user[key] = (
      await createUser(db, { email: `${key.toLowerCase()}@example.test`, name: key, passwordHash: null })
    ).id;
    for (const w of inWorkspaces) await addMember(db, ws[w], user[key], role);
  }
  // Both workspaces have a "Sales" group (same name); "Billing" exists only in B.
  group.aSales = (await createRoutingGroup(db, ws.a, { name: "Sales", isDefault: true })).id;
  group.aSupport = (await createRoutingGroup(db, ws.a, { name: "Support" })).id;
  group.bSales = (await createRoutingGroup(db, ws.b, { name: "Sales", isDefault: true })).id;
  group.bBilling = (await createRoutingGroup(db, ws.b, { name: "Billing" })).id;
  await setRoutingGroupMembers(db, ws.a, group.aSales, [user.aAgent, user.both, user.leaver]);
  await setRoutingGroupMembers(db, ws.b, group.bSales, [user.bAgent, user.both, user.leaver]);
  await setRoutingGroupMembers(db, ws.b, group.bBilling, [user.bAdmin]);

  const invite = async (w: "a" | "b", email: string) =>
    (await createInvitation(db, ws[w], { email, role: "agent", invitedByUserId: user[`${w}Admin`] }))
      .invitation.id;
  invitation.aOnly = await invite("a", "new-in-a@example.test");
  invitation.aShared = await invite("a", "wanted@example.test");
  invitation.bOnly = await invite("b", "new-in-b@example.test");
  invitation.bShared = await invite("b", "wanted@example.test");

  stateOfB = await workspaceState(ws.b);
});

afterAll(async () => {
  await conn?.close();
});

// Checked after every case, whatever it did to A.
async function expectBUnchanged() {
  expect(await workspaceState(ws.b)).toEqual(stateOfB);
}

describe("members", () => {
  it("listMembers lists A's members only", async () => {
    const members = await listMembers(db, ws.a);
    expect(members.map((m) => m.email).sort()).toEqual([
      "aadmin@example.test",
      "aagent@example.test",
      "both@example.test",
      "leaver@example.test",
    ]);
    expect(members.every((m) => m.workspaceId === ws.a && m.workspaceName === "Alpha")).toBe(true);
  });

  it("findMember finds A's members, not B's", async () => {
    expect(await findMember(db, ws.a, user.bAgent)).toBeUndefined();
    expect(await findMember(db, ws.a, user.aAgent)).toMatchObject({ workspaceId: ws.a, role: "agent" });
    expect(await findMember(db, ws.a, user.both)).toMatchObject({
      workspaceId: ws.a,
      workspaceName: "Alpha",
    });
  });

  it("setMemberRole cannot change a member of B, nor B's membership of a shared user", async () => {
    expect(await setMemberRole(db, ws.a, user.bAgent, "admin")).toBe(false);
    expect(await setMemberRole(db, ws.a, user.both, "supervisor")).toBe(true);
    expect(await roleIn(ws.a, user.both)).toMatchObject({ role: "supervisor" });
    await expectBUnchanged();
    await setMemberRole(db, ws.a, user.both, "agent");
  });

  it("setAvailability cannot change a member of B, nor B's membership of a shared user", async () => {
    await setAvailability(db, ws.a, user.bAgent, { status: "dnd", dndUntil: null });
    await setAvailability(db, ws.a, user.both, { status: "dnd", dndUntil: null });
    expect(await roleIn(ws.a, user.both)).toMatchObject({ status: "dnd" });
    await expectBUnchanged();
    await setAvailability(db, ws.a, user.both, { status: "available", dndUntil: null });
  });

  it("removeMember cannot remove a member of B; removing a shared user from A keeps them in B", async () => {
    expect(await removeMember(db, ws.a, user.bAgent)).toBe(false);
    expect(await removeMember(db, ws.a, user.leaver)).toBe(true);
    expect(await findMember(db, ws.a, user.leaver)).toBeUndefined();
    expect(await groupMemberIds(group.aSales)).not.toContain(user.leaver);
    await expectBUnchanged();
  });
});

describe("routing groups", () => {
  it("listRoutingGroups lists A's groups with A's members only", async () => {
    const groups = await listRoutingGroups(db, ws.a);
    expect(groups.map((g) => g.id).sort()).toEqual([group.aSales, group.aSupport].sort());
    const sales = groups.find((g) => g.id === group.aSales);
    const memberIds = sales?.members.map((m) => m.userId) ?? [];
    expect(memberIds).toEqual(expect.arrayContaining([user.aAgent, user.both]));
    expect(memberIds).not.toContain(user.bAgent);
    expect(memberIds).not.toContain(user.bAdmin);
  });

  it("findRoutingGroup does not find B's group", async () => {
    expect(await findRoutingGroup(db, ws.a, group.bSales)).toBeUndefined();
    expect(await findRoutingGroup(db, ws.a, group.aSales)).toMatchObject({ id: group.aSales });
  });

  it("findRoutingGroupByName finds A's group of a shared name, and not B's own names", async () => {
    expect(await findRoutingGroupByName(db, ws.a, "billing")).toBeUndefined();
    expect(await findRoutingGroupByName(db, ws.a, "SALES")).toMatchObject({ id: group.aSales });
  });

  it("renameRoutingGroup cannot rename B's group", async () => {
    expect(await renameRoutingGroup(db, ws.a, group.bBilling, "Taken over")).toBe(false);
    expect(await renameRoutingGroup(db, ws.a, group.aSupport, "Help")).toBe(true);
    expect(await findRoutingGroup(db, ws.a, group.aSupport)).toMatchObject({ name: "Help" });
    await expectBUnchanged();
    await renameRoutingGroup(db, ws.a, group.aSupport, "Support");
  });

  it("deleteRoutingGroup cannot delete B's group", async () => {
    expect(await deleteRoutingGroup(db, ws.a, group.bBilling)).toBe(false);
    const scratch = await createRoutingGroup(db, ws.a, { name: "Scratch" });
    expect(await deleteRoutingGroup(db, ws.a, scratch.id)).toBe(true);
    expect(await findRoutingGroup(db, ws.a, scratch.id)).toBeUndefined();
    await expectBUnchanged();
  });

  it("setDefaultRoutingGroup with B's group changes neither B nor A's default", async () => {
    expect(await setDefaultRoutingGroup(db, ws.a, group.bBilling)).toBe(false);
    await expectBUnchanged();
    // A refused call must not leave A without a default group either.
    expect(await findRoutingGroup(db, ws.a, group.aSales)).toMatchObject({ isDefault: true });

    expect(await setDefaultRoutingGroup(db, ws.a, group.aSupport)).toBe(true);
    expect(await findRoutingGroup(db, ws.a, group.aSupport)).toMatchObject({ isDefault: true });
    expect(await findRoutingGroup(db, ws.a, group.aSales)).toMatchObject({ isDefault: false });
    await expectBUnchanged();
    await setDefaultRoutingGroup(db, ws.a, group.aSales);
  });

  describe("setRoutingGroupMembers", () => {
    let salesBefore: string[];
    beforeEach(async () => {
      salesBefore = await groupMemberIds(group.aSales);
    });

    it("refuses a user of B in A's group, leaving the group as it was", async () => {
      expect(await setRoutingGroupMembers(db, ws.a, group.aSales, [user.bAgent])).toBe(false);
      expect(await setRoutingGroupMembers(db, ws.a, group.aSales, [user.aAgent, user.bAgent])).toBe(false);
      expect(await groupMemberIds(group.aSales)).toEqual(salesBefore);
      await expectBUnchanged();
    });

    it("refuses A's workspace id with B's group id, even with an empty list or A's own users", async () => {
      expect(await setRoutingGroupMembers(db, ws.a, group.bBilling, [])).toBe(false);
      expect(await setRoutingGroupMembers(db, ws.a, group.bBilling, [user.aAgent])).toBe(false);
      expect(await setRoutingGroupMembers(db, ws.a, group.bSales, [user.both])).toBe(false);
      await expectBUnchanged();
    });

    it("accepts A's own users in A's group", async () => {
      expect(await setRoutingGroupMembers(db, ws.a, group.aSupport, [user.aAgent, user.both])).toBe(true);
      expect(await groupMemberIds(group.aSupport)).toEqual([user.aAgent, user.both].sort());
      await expectBUnchanged();
    });
  });
});

describe("invitations", () => {
  it("listPendingInvitations lists A's invitations only", async () => {
    const pending = await listPendingInvitations(db, ws.a);
    expect(pending.map((i) => i.id).sort()).toEqual([invitation.aOnly, invitation.aShared].sort());
  });

  it("findPendingInvitationByEmail does not find B's invitation", async () => {
    expect(await findPendingInvitationByEmail(db, ws.a, "new-in-b@example.test")).toBeUndefined();
    expect(await findPendingInvitationByEmail(db, ws.a, "Wanted@Example.test")).toMatchObject({
      id: invitation.aShared,
      workspaceId: ws.a,
    });
  });

  it("revokeInvitation cannot revoke B's invitation", async () => {
    expect(await revokeInvitation(db, ws.a, invitation.bOnly)).toBe(false);
    expect(await revokeInvitation(db, ws.a, invitation.bShared)).toBe(false);
    expect(await revokeInvitation(db, ws.a, invitation.aShared)).toBe(true);
    expect(await findPendingInvitationByEmail(db, ws.a, "wanted@example.test")).toBeUndefined();
    expect(await findPendingInvitationByEmail(db, ws.b, "wanted@example.test")).toMatchObject({
      id: invitation.bShared,
    });
    await expectBUnchanged();
  });
});
