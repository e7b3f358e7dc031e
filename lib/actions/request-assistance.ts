"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requestAssistance as request } from "@/lib/chat/assistance";
import type { RecordedEvent } from "@/lib/notifications/outbox/record";
import { recordEvent } from "@/lib/notifications/outbox/record";
import { memberAction } from "./safe-action";

// "Need assistance" on a conversation (AS1): the event is recorded in the write's transaction (the outbox), and
// the supervisors' due notifications go out once it has committed.
export const requestAssistance = memberAction(
  { schema: z.object({ conversationId: z.uuid() }) },
  async ({ conversationId }, { member, db, after }) => {
    const recorded: RecordedEvent[] = [];
    const publications = await request(db, member, conversationId, {
      recordEvent: async (tx, event) => void recorded.push(await recordEvent(tx, event)),
    });
    after({ publications, notifications: recorded });
    revalidatePath("/inbox", "layout");
    revalidatePath("/supervisor");
  },
);
