import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import { type Workspace, workspaces } from "../schema";

export async function countWorkspaces(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(workspaces);
  return row?.n ?? 0;
}

export async function createWorkspace(db: Db, name: string, options: { publicKey?: string } = {}) {
  const [ws] = await db
    .insert(workspaces)
    .values({ name, ...options })
    .returning();
  return ws;
}

export async function findWorkspace(db: Db, workspaceId: string) {
  const [ws] = await db.select().from(workspaces).where(eq(workspaces.id, workspaceId));
  return ws;
}

export async function findWorkspaceByPublicKey(db: Db, publicKey: string) {
  const [ws] = await db.select().from(workspaces).where(eq(workspaces.publicKey, publicKey));
  return ws;
}

// Sets the identity secret only if none exists yet, so two first uses at once agree on one secret.
export async function setIdentitySecretIfMissing(db: Db, workspaceId: string, encrypted: string) {
  await db
    .update(workspaces)
    .set({ identitySecretEncrypted: encrypted })
    .where(and(eq(workspaces.id, workspaceId), isNull(workspaces.identitySecretEncrypted)));
}

export async function replaceIdentitySecret(db: Db, workspaceId: string, encrypted: string) {
  await db
    .update(workspaces)
    .set({ identitySecretEncrypted: encrypted })
    .where(eq(workspaces.id, workspaceId));
}

export async function setIdentityVerification(db: Db, workspaceId: string, mode: "v2" | "legacy") {
  await db.update(workspaces).set({ identityVerification: mode }).where(eq(workspaces.id, workspaceId));
}

// What an admin changes about the widget (its secret, its allowed origins); the public key is returned so the
// caller can drop the workspace from the widget's cache (lib/widget/workspace-cache.ts).
export async function updateWidgetSettings(
  db: Db,
  workspaceId: string,
  settings: Partial<Pick<Workspace, "widgetSecret" | "allowedOrigins">>,
) {
  const [ws] = await db
    .update(workspaces)
    .set(settings)
    .where(eq(workspaces.id, workspaceId))
    .returning({ publicKey: workspaces.publicKey });
  return ws;
}
