"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { publish } from "@/lib/realtime/publish";
import { requestAssistance as request } from "@/lib/support/assistance";
import { memberAction } from "./safe-action";

// "Need assistance" on a conversation (AS1). The pipeline passes its event recorder here once it lands.
export const requestAssistance = memberAction(
  { schema: z.object({ conversationId: z.uuid() }) },
  async ({ conversationId }, { member, db }) => {
    await publish(await request(db, member, conversationId));
    revalidatePath("/inbox", "layout");
    revalidatePath("/supervisor");
  },
);
