"use server";

import { z } from "zod";
import { rotateIdentitySecret as rotate } from "@/lib/widget/identity";
import { memberAction } from "./safe-action";

// Signatures made with the old secret stop working at once: visitors stay anonymous until the site signs
// with the new one.
export const rotateIdentitySecret = memberAction(
  { schema: z.object({}), role: "admin" },
  async (_input, { member, db }) => {
    await rotate(db, member.workspaceId);
    return { ok: true, message: "New secret created. Old signatures no longer work." };
  },
);
