import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { findInvitationByToken, listPendingInvitations } from "@/db/queries/invitations";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { checkInvitation } from "./invitation-status";
import { invitationUrl, inviteTeammate } from "./invitations";

let conn: Connection;
let workspaceId: string;
let ids: Record<string, string>;

beforeAll(async () => {
  conn = await createTestDb();
  ({ workspaceId, ids } = await seedDemoWorkspace(conn.db));
});
afterAll(() => conn.close());

const invite = (email: string, now?: Date) =>
  inviteTeammate(conn.db, workspaceId, { email, role: "agent", invitedByUserId: ids.ada }, now);

describe("inviting a teammate", () => {
  it("stores only the token's hash and expires in 7 days", async () => {
    const now = new Date("2026-11-01T10:00:00Z");
    const { invitation, token } = await invite("Zoe@Example.test", now);
    expect(invitation.email).toBe("zoe@example.test");
    expect(invitation.tokenHash).not.toContain(token);
    expect(invitation.expiresAt.toISOString()).toBe("2026-11-08T10:00:00.000Z");
  });

  it("refuses someone who is already a member, on the email field", async () => {
    await expect(invite("NADIA@acme.test")).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { email: "nadia@acme.test is already a member of this workspace." },
    });
  });

  it("a new invitation for a pending email replaces it: the old link stops working", async () => {
    const first = await invite("yann@example.test");
    const second = await invite("yann@example.test");
    expect(await findInvitationByToken(conn.db, first.token)).toBeUndefined();
    expect((await checkInvitation(conn.db, first.token)).state).toBe("invalid");
    expect((await checkInvitation(conn.db, second.token)).state).toBe("valid");
    const pending = await listPendingInvitations(conn.db, workspaceId);
    expect(pending.filter((i) => i.email === "yann@example.test")).toHaveLength(1);
  });

  it("builds the link from the app URL", () => {
    expect(invitationUrl("http://localhost:3000", "abc_-1")).toBe("http://localhost:3000/invite/abc_-1");
  });
});

describe("checking a link", () => {
  it("tells expired from invalid", async () => {
    const { token } = await invite("old@example.test", new Date("2020-01-01T00:00:00Z"));
    expect((await checkInvitation(conn.db, token)).state).toBe("expired");
    expect((await checkInvitation(conn.db, "not-a-token")).state).toBe("invalid");
  });

  it("knows whether the invitee already has an account", async () => {
    const { token } = await invite("new-person@example.test");
    expect(await checkInvitation(conn.db, token)).toMatchObject({
      state: "valid",
      workspaceName: "Acme",
      hasAccount: false,
    });
  });
});
