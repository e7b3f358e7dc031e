"use server";

import { revalidatePath } from "next/cache";
import { updateWidgetSettings } from "@/db/queries/workspaces";
import { allowedOriginsInput } from "@/lib/widget/allowed-origins";
import { forgetWidgetWorkspace } from "@/lib/widget/workspace-cache";
import { memberAction } from "./safe-action";

// The sites that may frame the chat widget; none: any site may.
export const setAllowedOrigins = memberAction(
  { schema: allowedOriginsInput, role: "admin" },
  async ({ origins }, { member, db }) => {
    const workspace = await updateWidgetSettings(db, member.workspaceId, { allowedOrigins: origins });
    if (workspace) forgetWidgetWorkspace(db, workspace.publicKey);
    revalidatePath("/settings/install");
    return {
      ok: true,
      message: origins.length ? "Allowed domains saved." : "Any site may embed the widget now.",
    };
  },
);
