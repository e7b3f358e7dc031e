"use server";

import { z } from "zod";
import {
  sendTestNotification as send,
  type TestOutcome,
  testableChannels,
} from "@/lib/channels/test-notification";
import { memberAction } from "./safe-action";

// The browser test is shown by the browser itself (components/settings/notifications/test-notifications.tsx).
const schema = z.object({ channel: z.enum(testableChannels, { message: "Choose a channel to test" }) });

export const sendTestNotification = memberAction<typeof schema, TestOutcome>(
  { schema },
  async ({ channel }, { member, db }) => {
    const outcome = await send(channel, member, { db });
    return { ok: true as const, data: outcome, message: outcome.message };
  },
);
