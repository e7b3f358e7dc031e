// First run: /setup creates the first workspace and admin once, for whoever holds the setup token.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { findMemberForUser } from "@/db/queries/members";
import { findUserByEmail } from "@/db/queries/users";
import { verifyPassword } from "@/lib/auth/password";
import { createTestDb } from "@/test/db";
import { createFirstWorkspace, type FirstWorkspace } from "./create-first-workspace";
import { issueSetupToken, needsSetup } from "./token";

let conn: Connection;
beforeAll(async () => {
  conn = await createTestDb();
});
afterAll(() => conn.close());

const admin = (token: string): FirstWorkspace => ({
  token,
  workspaceName: "Initech",
  name: "Peter Gibbons",
  email: "Peter@Initech.example",
  password: "correct horse battery",
});

describe("createFirstWorkspace", () => {
  it("creates the workspace and its admin with the printed token, once", async () => {
    const stale = await issueSetupToken(conn.db, { fresh: true });
    const token = await issueSetupToken(conn.db, { fresh: true }); // a restart prints a new one
    expect(token).toBeTruthy();
    expect(token).not.toBe(stale);
    // Visiting /setup afterwards keeps the printed token instead of making another.
    expect(await issueSetupToken(conn.db, { fresh: false })).toBeNull();

    await expect(createFirstWorkspace(conn.db, admin(stale ?? ""))).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      fieldErrors: { token: expect.any(String) },
    });
    expect(await needsSetup(conn.db)).toBe(true);

    const created = await createFirstWorkspace(conn.db, admin(token ?? ""));
    const user = await findUserByEmail(conn.db, "peter@initech.example");
    expect(user?.id).toBe(created.userId);
    expect(await verifyPassword(user?.passwordHash ?? null, "correct horse battery")).toBe(true);
    expect(await findMemberForUser(conn.db, created.userId)).toMatchObject({
      workspaceName: "Initech",
      role: "admin",
    });
    expect(await needsSetup(conn.db)).toBe(false);

    // The token is spent, and setup is over for everyone.
    await expect(createFirstWorkspace(conn.db, admin(token ?? ""))).rejects.toMatchObject({ code: "GONE" });
    expect(await issueSetupToken(conn.db, { fresh: true })).toBeNull();
  });
});
