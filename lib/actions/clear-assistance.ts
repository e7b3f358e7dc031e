"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { clearAssistance as clear } from "@/lib/chat/assistance";
import { recordEvent } from "@/lib/notifications/outbox/record";
import { publish } from "@/lib/realtime/publish";
import { memberAction } from "./safe-action";

// The agent clears "Need assistance", or a supervisor turns the request off. Recorded for the log; AS2 plans no
// notification, so nothing is sent after commit.
export const clearAssistance = memberAction(
  { schema: z.object({ conversationId: z.uuid() }) },
  async ({ conversationId }, { member, db }) => {
    await publish(
      await clear(db, member, conversationId, {
        recordEvent: async (tx, event) => void (await recordEvent(tx, event)),
      }),
    );
    revalidatePath("/inbox", "layout");
    revalidatePath("/supervisor");
  },
);
