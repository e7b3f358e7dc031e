// The seeded demo workspace for integration tests: its id and the demo users' ids by first name.
import type { Db } from "@/db/client";
import { findMemberForUser } from "@/db/queries/members";
import { findUserByEmail } from "@/db/queries/users";
import { demoUsers, seedDemo } from "@/db/seed";

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
