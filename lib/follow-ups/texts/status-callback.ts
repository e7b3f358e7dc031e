// Twilio's status callbacks for follow-up texts (X3, FU5): each moves its text's status forward only (out of order
// and duplicate callbacks change nothing), and the delivery's log line follows with the error code and its
// meaning. A WhatsApp text that fails after it was sent (63016 outside the window, 63003 not a WhatsApp user,
// 63024, 63014 blocked…) puts its delivery back in the queue once, and sendTextFollowUp sends the SMS instead.
import { z } from "zod";
import type { Db } from "@/db/client";
import {
  advanceTextStatus,
  optOutOfTexts,
  requeueDeliveryForSms,
  setDeliveryTextStatus,
} from "@/db/queries/texts";
import type { Effects } from "@/lib/effects/effects";
import { twilioErrorMeaning, UNSUBSCRIBED } from "@/lib/integrations/twilio/errors";
import { isFailedTextStatus, textStatusRank } from "./text-status";

// FU5: after this long a WhatsApp failure no longer turns into an SMS (the visitor has long moved on).
export const SMS_FALLBACK_WINDOW_MS = 24 * 60 * 60 * 1000;

export const textStatusSchema = z
  .object({
    MessageSid: z.string().regex(/^[A-Z]{2}[0-9a-f]{32}$/, "must be a Twilio message sid"),
    MessageStatus: z.string().min(1).max(40),
    ErrorCode: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().positive().optional()),
  })
  .loose();

export interface TextStatus {
  sid: string;
  status: string;
  errorCode: number | null;
}

export interface StatusOutcome {
  result: string;
  effects: Effects[];
}

export async function applyTextStatus(db: Db, s: TextStatus, now: Date): Promise<StatusOutcome> {
  return db.transaction(async (tx) => {
    const before = await advanceTextStatus(tx, s.sid, s, textStatusRank, now);
    if (!before) return { result: "unchanged", effects: [] };
    if (!before.deliveryId) return { result: s.status, effects: [] };
    const failed = isFailedTextStatus(s.status);
    const why = s.errorCode ? `${s.errorCode} ${twilioErrorMeaning(s.errorCode)}` : "no error code";
    const label = before.channel === "whatsapp" ? "WhatsApp" : "SMS";
    if (failed && s.errorCode === UNSUBSCRIBED) {
      await optOutOfTexts(tx, before.workspaceId, before.phone, String(UNSUBSCRIBED), now);
    }
    const fresh = now.getTime() - before.createdAt.getTime() < SMS_FALLBACK_WINDOW_MS;
    if (failed && before.channel === "whatsapp" && fresh) {
      const error = `${label} ${s.status} (${why}): sending by SMS instead`;
      if (await requeueDeliveryForSms(tx, before.deliveryId, s.sid, error, now)) {
        // Sent right after commit, like any due delivery (the worker would otherwise pick it up).
        const due = { eventId: `text-fallback:${s.sid}`, replayed: false, decisions: 0, nextDueAt: null };
        return {
          result: "falling back to SMS",
          effects: [{ notifications: { ...due, dueDeliveryIds: [before.deliveryId] } }],
        };
      }
    }
    await setDeliveryTextStatus(
      tx,
      before.deliveryId,
      s.sid,
      {
        providerStatus: `${before.channel} ${s.status}`,
        failed: failed ? `${label} ${s.status} (${why})` : null,
      },
      now,
    );
    return { result: s.status, effects: [] };
  });
}
