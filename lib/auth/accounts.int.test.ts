// Accounts: change password, "Forgot password?", and the session version that ends existing sessions.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Connection } from "@/db/client";
import { findSessionVersion, findUserByEmail } from "@/db/queries/users";
import { removeTeammate } from "@/lib/team/members";
import { createTestDb } from "@/test/db";
import { seedDemoWorkspace } from "@/test/demo";
import { changePassword } from "./change-password";
import { verifyPassword } from "./password";
import {
  isPasswordResetUsable,
  PASSWORD_RESET_TTL_MS,
  requestPasswordReset,
  resetPassword,
} from "./password-reset";

const sent = vi.hoisted(() => [] as { to: string; url: string }[]);
vi.mock("./password-reset-email", () => ({
  sendPasswordResetLink: async (to: string, url: string) => {
    sent.push({ to, url });
  },
}));

let conn: Connection;
let ids: Record<string, string>;
let workspaceId: string;
beforeAll(async () => {
  process.env.APP_URL = "https://chat.example.com";
  conn = await createTestDb();
  ({ ids, workspaceId } = await seedDemoWorkspace(conn.db));
});
afterAll(() => conn.close());

const passwordOf = async (email: string, password: string) =>
  verifyPassword((await findUserByEmail(conn.db, email))?.passwordHash ?? null, password);
const tokenOf = (url: string) => decodeURIComponent(new URL(url).pathname.split("/").at(-1) ?? "");

describe("change password", () => {
  it("requires the current password, then ends every existing session", async () => {
    const before = await findSessionVersion(conn.db, ids.sam);
    await expect(
      changePassword(conn.db, ids.sam, { currentPassword: "wrong", newPassword: "new-password-1" }, null),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED", fieldErrors: { currentPassword: expect.any(String) } });
    expect(await findSessionVersion(conn.db, ids.sam)).toBe(before);

    await changePassword(
      conn.db,
      ids.sam,
      { currentPassword: "demo-password", newPassword: "new-password-1" },
      null,
    );
    expect(await passwordOf("sam@acme.test", "new-password-1")).toBe(true);
    expect(await passwordOf("sam@acme.test", "demo-password")).toBe(false);
    expect(await findSessionVersion(conn.db, ids.sam)).toBe(before + 1);
  });
});

describe("removing a member", () => {
  it("ends their sessions at once", async () => {
    const before = await findSessionVersion(conn.db, ids.matteo);
    await removeTeammate(conn.db, workspaceId, ids.ada, ids.matteo);
    expect(await findSessionVersion(conn.db, ids.matteo)).toBe(before + 1);
  });
});

describe("forgot password", () => {
  it("emails a single-use link on APP_URL to an existing account, and nothing to an unknown one", async () => {
    sent.length = 0;
    const known = await requestPasswordReset(conn.db, "Luca@Acme.test", "198.51.100.1");
    const unknown = await requestPasswordReset(conn.db, "nobody@acme.test", "198.51.100.1");
    expect(unknown).toEqual(known); // the same answer either way
    expect(sent).toHaveLength(1);
    expect(sent[0]?.to).toBe("luca@acme.test");
    expect(sent[0]?.url).toMatch(/^https:\/\/chat\.example\.com\/reset-password\/[\w-]+$/);

    const token = tokenOf(sent[0]?.url ?? "");
    const before = await findSessionVersion(conn.db, ids.luca);
    expect(await isPasswordResetUsable(conn.db, token)).toBe(true);
    await resetPassword(conn.db, token, "reset-password-1");
    expect(await passwordOf("luca@acme.test", "reset-password-1")).toBe(true);
    expect(await findSessionVersion(conn.db, ids.luca)).toBe(before + 1);
    // Single use.
    expect(await isPasswordResetUsable(conn.db, token)).toBe(false);
    await expect(resetPassword(conn.db, token, "reset-password-2")).rejects.toMatchObject({ code: "GONE" });
  });

  it("expires after 30 minutes", async () => {
    sent.length = 0;
    const t0 = new Date();
    await requestPasswordReset(conn.db, "nadia@acme.test", "198.51.100.2", t0);
    const token = tokenOf(sent[0]?.url ?? "");
    const late = new Date(t0.getTime() + PASSWORD_RESET_TTL_MS + 1000);
    expect(await isPasswordResetUsable(conn.db, token, late)).toBe(false);
    await expect(resetPassword(conn.db, token, "too-late-password", late)).rejects.toMatchObject({
      code: "GONE",
    });
    expect(await passwordOf("nadia@acme.test", "demo-password")).toBe(true);
  });

  it("is throttled per address, whether or not it has an account", async () => {
    sent.length = 0;
    for (let i = 0; i < 5; i++) await requestPasswordReset(conn.db, "ada@acme.test", `198.51.100.${10 + i}`);
    expect(await requestPasswordReset(conn.db, "ada@acme.test", "198.51.100.20")).toMatchObject({
      allowed: false,
    });
    expect(sent).toHaveLength(5);
  });
});
