// Revoking every visitor token of a workspace at once (a leaked token, a compromised site): a new widget
// secret changes the tokens' key (visitor-token.ts). Each visitor's loader then starts over as a new visitor.
import { randomBytes } from "node:crypto";
import type { Db } from "@/db/client";
import { updateWidgetSettings } from "@/db/queries/workspaces";
import { forgetWidgetWorkspace } from "./workspace-cache";

export async function rotateWidgetSecret(db: Db, workspaceId: string): Promise<void> {
  const workspace = await updateWidgetSettings(db, workspaceId, {
    widgetSecret: randomBytes(32).toString("hex"),
  });
  if (workspace) forgetWidgetWorkspace(db, workspace.publicKey);
}
