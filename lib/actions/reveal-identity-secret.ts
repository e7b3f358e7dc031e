"use server";

import { z } from "zod";
import { identitySecretOf } from "@/lib/widget/identity";
import { memberAction } from "./safe-action";

// The secret reaches the browser only when an admin asks for it, never in the page's HTML.
export const revealIdentitySecret = memberAction(
  { schema: z.object({}), role: "admin" },
  async (_input, { member, db }) => ({ secret: await identitySecretOf(db, member.workspaceId) }),
);
