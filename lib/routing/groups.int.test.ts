import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { addMember } from "@/db/queries/members";
import { listRoutingGroups } from "@/db/queries/routing-groups";
import { createUser } from "@/db/queries/users";
import { createWorkspace } from "@/db/queries/workspaces";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import {
  createGroup,
  DEFAULT_GROUP_DELETE_MESSAGE,
  deleteGroup,
  makeDefaultGroup,
  renameGroup,
  setGroupMembers,
} from "./groups";

let conn: Connection;
let workspaceId: string;
let ids: Record<string, string>;

beforeAll(async () => {
  conn = await createTestDb();
  ({ workspaceId, ids } = await seedDemoWorkspace(conn.db));
});
afterAll(() => conn.close());

const groups = () => listRoutingGroups(conn.db, workspaceId);
const defaults = async () => (await groups()).filter((g) => g.isDefault).map((g) => g.name);

describe("names", () => {
  it("are unique case-insensitively, as a field error on name", async () => {
    await expect(createGroup(conn.db, workspaceId, "sALES")).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { name: expect.stringContaining("already exists") },
    });
    const billing = await createGroup(conn.db, workspaceId, "Billing");
    expect(billing.isDefault).toBe(false);
    await expect(renameGroup(conn.db, workspaceId, billing.id, "support")).rejects.toMatchObject({
      fieldErrors: { name: expect.any(String) },
    });
    await renameGroup(conn.db, workspaceId, billing.id, "BILLING"); // its own name in other case is fine
    await renameGroup(conn.db, workspaceId, billing.id, "Accounts");
    expect((await groups()).map((g) => g.name)).toContain("Accounts");
  });
});

describe("the default group", () => {
  it("cannot be deleted; another can", async () => {
    const sales = (await groups()).find((g) => g.name === "Sales");
    await expect(deleteGroup(conn.db, workspaceId, sales?.id ?? "")).rejects.toMatchObject({
      code: "CONFLICT",
      message: DEFAULT_GROUP_DELETE_MESSAGE,
    });
    const temp = await createGroup(conn.db, workspaceId, "Temporary");
    await deleteGroup(conn.db, workspaceId, temp.id);
    expect((await groups()).map((g) => g.name)).not.toContain("Temporary");
  });

  it("moves in one step: always exactly one", async () => {
    const support = (await groups()).find((g) => g.name === "Support");
    await makeDefaultGroup(conn.db, workspaceId, support?.id ?? "");
    expect(await defaults()).toEqual(["Support"]);
    await expect(makeDefaultGroup(conn.db, workspaceId, crypto.randomUUID())).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await defaults()).toEqual(["Support"]);
  });

  it("is the first group a workspace creates", async () => {
    const empty = await createWorkspace(conn.db, "Empty Co");
    expect((await createGroup(conn.db, empty.id, "First")).isDefault).toBe(true);
    expect((await createGroup(conn.db, empty.id, "Second")).isDefault).toBe(false);
  });
});

describe("members and workspaces", () => {
  it("replaces the members with the checked ones", async () => {
    const support = (await groups()).find((g) => g.name === "Support");
    await setGroupMembers(conn.db, workspaceId, support?.id ?? "", [ids.nadia, ids.sam]);
    const after = (await groups()).find((g) => g.name === "Support");
    expect(after?.members.map((m) => m.email).sort()).toEqual(["nadia@acme.test", "sam@acme.test"]);
  });

  it("rejects another workspace's users and groups, changing nothing", async () => {
    const globex = await createWorkspace(conn.db, "Globex");
    const outsider = await createUser(conn.db, { email: "out@globex.test", name: "Out", passwordHash: null });
    await addMember(conn.db, globex.id, outsider.id, "agent");
    const foreignGroup = await createGroup(conn.db, globex.id, "Globex team");
    const sales = (await groups()).find((g) => g.name === "Sales");

    await expect(
      setGroupMembers(conn.db, workspaceId, sales?.id ?? "", [ids.nadia, outsider.id]),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", fieldErrors: { members: expect.any(String) } });
    expect((await groups()).find((g) => g.name === "Sales")?.members).toHaveLength(3);

    await expect(setGroupMembers(conn.db, workspaceId, foreignGroup.id, [ids.nadia])).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(renameGroup(conn.db, workspaceId, foreignGroup.id, "Mine now")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(deleteGroup(conn.db, workspaceId, foreignGroup.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(makeDefaultGroup(conn.db, workspaceId, foreignGroup.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await defaults()).toHaveLength(1);
    const globexGroups = await listRoutingGroups(conn.db, globex.id);
    expect(globexGroups.map((g) => [g.name, g.isDefault])).toEqual([["Globex team", true]]);
  });
});
