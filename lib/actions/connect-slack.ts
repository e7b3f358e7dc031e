"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { connectSlackWithToken } from "@/lib/integrations/slack/connect";
import { memberAction } from "./safe-action";

const schema = z.object({
  botToken: z.string().trim().startsWith("xoxb-", "A bot token starts with xoxb-"),
  signingSecret: z.string().trim().min(8, "Paste the app's signing secret (Basic Information)"),
});

// "Connect with a bot token": checked with auth.test, stored encrypted; members mapped by email at once.
export const connectSlack = memberAction({ schema, role: "admin" }, async (input, { member, db }) => {
  const connected = await connectSlackWithToken(db, member.workspaceId, input);
  if (!connected.ok) return { ok: false as const, error: connected.error };
  revalidatePath("/settings/integrations");
  return {
    ok: true as const,
    message: `Connected to ${connected.teamName}; ${connected.mapped} teammates mapped by email.`,
  };
});
