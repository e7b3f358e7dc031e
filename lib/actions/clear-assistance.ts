"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { publish } from "@/lib/realtime/publish";
import { clearAssistance as clear } from "@/lib/support/assistance";
import { memberAction } from "./safe-action";

// The agent clears "Need assistance", or a supervisor turns the request off (AS2: notifies nobody).
export const clearAssistance = memberAction(
  { schema: z.object({ conversationId: z.uuid() }) },
  async ({ conversationId }, { member, db }) => {
    await publish(await clear(db, member, conversationId));
    revalidatePath("/inbox", "layout");
    revalidatePath("/supervisor");
  },
);
