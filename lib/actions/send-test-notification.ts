"use server";

import { z } from "zod";
import { channels } from "@/lib/realtime/channels";
import { publication, publish } from "@/lib/realtime/publish";
import { memberAction } from "./safe-action";

// Only in-app for now: web push, mobile push, email and Slack DM capture until their adapters land, and the
// browser test is shown by the browser itself (components/settings/notifications/test-notifications.tsx).
const schema = z.object({ channel: z.enum(["in_app"], { message: "Choose a channel to test" }) });

// No domain event means "test" to the planner, so the test is published straight to the member's own channel,
// as the in-app adapter does (lib/channels/in-app.ts): it checks every open tab of theirs, and adds nothing to
// the notification center.
export const sendTestNotification = memberAction({ schema }, async (_input, { member }) => {
  const sent = await publish([
    publication(channels.user(member.userId), "notification.created", {
      id: `test-${crypto.randomUUID()}`,
      title: "Test notification",
      body: "In-app notifications reach you.",
      conversationId: null,
      presentation: { toast: true, sound: true },
    }),
  ]);
  if (!sent.ok) return { ok: false as const, error: "The test could not be sent: realtime is unreachable." };
  return { ok: true as const, message: "Sent: it shows on every tab of Herald you have open." };
});
