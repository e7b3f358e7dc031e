"use server";

import { z } from "zod";
import { rotateWidgetSecret as rotate } from "@/lib/widget/widget-secret";
import { memberAction } from "./safe-action";

// Every visitor token of the workspace stops working: visitors start over as new, anonymous visitors.
export const rotateWidgetSecret = memberAction(
  { schema: z.object({}), role: "admin" },
  async (_input, { member, db }) => {
    await rotate(db, member.workspaceId);
    return { ok: true, message: "Widget secret rotated. Every visitor token was revoked." };
  },
);
