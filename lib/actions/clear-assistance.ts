"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { clearAssistance as clear } from "@/lib/chat/assistance";
import { type RecordedEvent, recordEvent } from "@/lib/notifications/outbox/record";
import { memberAction } from "./safe-action";

// The agent clears "Need assistance", or a supervisor turns the request off. Recorded for the log; AS2 plans no
// notification, so nothing is due after commit but the realtime update.
export const clearAssistance = memberAction(
  { schema: z.object({ conversationId: z.uuid() }) },
  async ({ conversationId }, { member, db, after }) => {
    const recorded: RecordedEvent[] = [];
    const publications = await clear(db, member, conversationId, {
      recordEvent: async (tx, event) => void recorded.push(await recordEvent(tx, event)),
    });
    after({ publications, notifications: recorded });
    revalidatePath("/inbox", "layout");
    revalidatePath("/supervisor");
  },
);
