import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { findMember, setMemberRole } from "@/db/queries/members";
import { routingGroupMembers } from "@/db/schema";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { changeMemberRole, LAST_ADMIN_MESSAGE, removeTeammate } from "./members";

let conn: Connection;
let workspaceId: string;
let ids: Record<string, string>;

beforeAll(async () => {
  conn = await createTestDb();
  ({ workspaceId, ids } = await seedDemoWorkspace(conn.db));
});
afterAll(() => conn.close());

// Each test starts from the demo roles: Ada the only admin, Sam supervisor.
beforeEach(async () => {
  await setMemberRole(conn.db, workspaceId, ids.ada, "admin");
  await setMemberRole(conn.db, workspaceId, ids.sam, "supervisor");
});

describe("changing roles", () => {
  it("the last admin cannot be demoted", async () => {
    await expect(changeMemberRole(conn.db, workspaceId, ids.ada, "agent")).rejects.toMatchObject({
      code: "CONFLICT",
      message: LAST_ADMIN_MESSAGE,
    });
    expect((await findMember(conn.db, workspaceId, ids.ada))?.role).toBe("admin");
  });

  it("an admin can be demoted once another admin exists", async () => {
    await changeMemberRole(conn.db, workspaceId, ids.sam, "admin");
    await changeMemberRole(conn.db, workspaceId, ids.ada, "agent");
    expect((await findMember(conn.db, workspaceId, ids.ada))?.role).toBe("agent");
  });

  it("refuses a user who is not a member of the workspace", async () => {
    await expect(
      changeMemberRole(conn.db, "00000000-0000-0000-0000-000000000000", ids.nadia, "admin"),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("removing teammates", () => {
  it("an admin cannot remove themselves", async () => {
    await expect(removeTeammate(conn.db, workspaceId, ids.ada, ids.ada)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("the last admin cannot be removed", async () => {
    await expect(removeTeammate(conn.db, workspaceId, ids.sam, ids.ada)).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await findMember(conn.db, workspaceId, ids.ada)).toBeDefined();
  });

  it("removes a member and their routing group places", async () => {
    await removeTeammate(conn.db, workspaceId, ids.ada, ids.luca);
    expect(await findMember(conn.db, workspaceId, ids.luca)).toBeUndefined();
    const places = await conn.db.select().from(routingGroupMembers);
    expect(places.some((p) => p.userId === ids.luca)).toBe(false);
  });
});
