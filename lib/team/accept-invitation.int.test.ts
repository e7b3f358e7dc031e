import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { revokeInvitation } from "@/db/queries/invitations";
import { findMember } from "@/db/queries/members";
import { createUser, findUserByEmail } from "@/db/queries/users";
import { createWorkspace } from "@/db/queries/workspaces";
import { invitations, users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { acceptInvitation } from "./accept-invitation";
import { inviteTeammate } from "./invitations";

let conn: Connection;
let workspaceId: string;
let ids: Record<string, string>;

beforeAll(async () => {
  conn = await createTestDb();
  ({ workspaceId, ids } = await seedDemoWorkspace(conn.db));
});
afterAll(() => conn.close());

const invite = (email: string, role: "agent" | "supervisor" = "agent", now?: Date) =>
  inviteTeammate(conn.db, workspaceId, { email, role, invitedByUserId: ids.ada }, now);
const newAccount = { kind: "new", name: "Zoe Zed", password: "long-enough-pw" } as const;
const usersNamed = (email: string) => conn.db.select().from(users).where(eq(users.email, email));

describe("accepting with a new account", () => {
  it("creates the user with the password and the membership with the invited role", async () => {
    const { token } = await invite("zoe@example.test", "supervisor");
    const { userId } = await acceptInvitation(conn.db, token, newAccount);
    const user = await findUserByEmail(conn.db, "zoe@example.test");
    expect(user?.name).toBe("Zoe Zed");
    expect(await verifyPassword(user?.passwordHash ?? null, "long-enough-pw")).toBe(true);
    expect((await findMember(conn.db, workspaceId, userId))?.role).toBe("supervisor");
    const [row] = await conn.db.select().from(invitations).where(eq(invitations.email, "zoe@example.test"));
    expect(row.acceptedAt).not.toBeNull();
  });

  it("accepting twice, even at once, creates one account", async () => {
    const { token } = await invite("twice@example.test");
    const results = await Promise.allSettled([
      acceptInvitation(conn.db, token, newAccount),
      acceptInvitation(conn.db, token, newAccount),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    await expect(acceptInvitation(conn.db, token, newAccount)).rejects.toMatchObject({
      code: "GONE",
      message: expect.stringContaining("already used"),
    });
    expect(await usersNamed("twice@example.test")).toHaveLength(1);
  });

  it("an expired invitation creates nothing", async () => {
    const { token } = await invite("late@example.test", "agent", new Date("2020-01-01T00:00:00Z"));
    await expect(acceptInvitation(conn.db, token, newAccount)).rejects.toMatchObject({
      code: "GONE",
      message: expect.stringContaining("expired"),
    });
    expect(await usersNamed("late@example.test")).toHaveLength(0);
  });

  it("a revoked or unknown token creates nothing", async () => {
    const { invitation, token } = await invite("revoked@example.test");
    await revokeInvitation(conn.db, workspaceId, invitation.id);
    await expect(acceptInvitation(conn.db, token, newAccount)).rejects.toMatchObject({
      message: expect.stringContaining("isn’t valid"),
    });
    await expect(acceptInvitation(conn.db, "bogus", newAccount)).rejects.toMatchObject({ code: "GONE" });
    expect(await usersNamed("revoked@example.test")).toHaveLength(0);
  });
});

describe("accepting with an existing account", () => {
  it("checks the password, then adds the membership to the account", async () => {
    const other = await createWorkspace(conn.db, "Globex");
    const passwordHash = await hashPassword("existing-pw-1");
    const user = await createUser(conn.db, { email: "olga@globex.test", name: "Olga", passwordHash });
    const { token } = await invite("olga@globex.test");

    await expect(
      acceptInvitation(conn.db, token, { kind: "existing", password: "wrong" }),
    ).rejects.toMatchObject({
      code: "UNAUTHORIZED",
      fieldErrors: { password: "Incorrect password." },
    });
    expect(await findMember(conn.db, workspaceId, user.id)).toBeUndefined();

    await acceptInvitation(conn.db, token, { kind: "existing", password: "existing-pw-1" });
    expect((await findMember(conn.db, workspaceId, user.id))?.role).toBe("agent");
    expect(await findMember(conn.db, other.id, user.id)).toBeUndefined();
    expect(await usersNamed("olga@globex.test")).toHaveLength(1);
  });

  it("a new-account acceptance for an email that has an account creates nothing", async () => {
    await createUser(conn.db, { email: "pat@example.test", name: "Pat", passwordHash: null });
    const { token } = await invite("pat@example.test");
    await expect(acceptInvitation(conn.db, token, newAccount)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await usersNamed("pat@example.test")).toHaveLength(1);
  });
});
