// Texts to visitors (FU4, FU5): a follow-up goes through the one text path (WhatsApp, else SMS) with the sender the
// Twilio integration chose (real, sandbox or capture: lib/integrations/twilio/client.ts).
import { sendTextFollowUp } from "@/lib/follow-ups/texts/send-text";
import type { TextSender } from "@/lib/integrations/twilio/client";
import type { ChannelAdapter } from "./types";

export function smsAdapter(sender: TextSender | null): ChannelAdapter {
  return {
    async send(delivery, { db, decision, event, now }) {
      if (event.type !== "visitor.went_offline") {
        return { status: "failed", error: "only visitor follow-ups are sent as texts", retryable: false };
      }
      return sendTextFollowUp(db, { delivery, decision, event, now }, sender);
    },
  };
}
