// The seeded demo workspace for integration tests: its id and the demo users' ids by first name.
import { afterAll, beforeAll } from "vitest";
import type { Connection, Db } from "@/db/client";
import { findMemberForUser } from "@/db/queries/members";
import { findUserByEmail } from "@/db/queries/users";
import { demoUsers, seedDemo } from "@/db/seed";
import { createTestDb } from "./db";

export async function seedDemoWorkspace(db: Db) {
  await seedDemo(db);
  const ids: Record<string, string> = {};
  for (const { email } of demoUsers) {
    const user = await findUserByEmail(db, email);
    if (!user) throw new Error(`demo user ${email} missing`);
    ids[email.split("@")[0]] = user.id;
  }
  const admin = await findMemberForUser(db, ids.ada);
  if (!admin) throw new Error("demo workspace missing");
  return { workspaceId: admin.workspaceId, ids };
}

// A test file's own database with the demo workspace, opened before its tests and closed after them.
export function withDemoWorkspace() {
  const demo = {} as { conn: Connection; workspaceId: string; ids: Record<string, string> };
  beforeAll(async () => {
    demo.conn = await createTestDb();
    Object.assign(demo, await seedDemoWorkspace(demo.conn.db));
  });
  afterAll(() => demo.conn.close());
  return demo;
}
