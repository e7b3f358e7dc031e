// FU4/FU5: the one path a follow-up text takes. WhatsApp first (the workspace's approved template) when Twilio has a
// WhatsApp sender and the workspace a template; else, or when WhatsApp refuses it, SMS. Exactly one text per
// delivery reaches the visitor: a text already sent is never sent again, and the SMS after a WhatsApp failure
// reported later (status callback) comes back through here (./status-callback.ts requeues the delivery).
import { type CountryCode, parsePhoneNumberFromString } from "libphonenumber-js/min";
import type { Db } from "@/db/client";
import {
  findVisitorTextContact,
  findWhatsappTemplate,
  listTextsOfDelivery,
  optOutOfTexts,
  recordOutboundText,
} from "@/db/queries/texts";
import type { DecisionRow, DeliveryRow, TextChannel } from "@/db/schema";
import type { DeliveryResult } from "@/lib/channels/types";
import type { OutgoingText, TextSender, TextSendResult } from "@/lib/integrations/twilio/client";
import { UNSUBSCRIBED } from "@/lib/integrations/twilio/errors";
import {
  followUpSms,
  loadFollowUpTextFacts,
  type SmsText,
  whatsappTemplateVariables,
} from "@/lib/notifications/content/follow-up-text";
import type { EventOf } from "@/lib/notifications/events/event";
import { payForText, refundIfRefused } from "./pay-for-text";
import { isFailedTextStatus } from "./text-status";

export interface TextFollowUp {
  delivery: DeliveryRow;
  decision: DecisionRow;
  event: EventOf<"visitor.went_offline">;
  now: Date;
}

const refused = (error: string): DeliveryResult => ({ status: "failed", error, retryable: false });

export async function sendTextFollowUp(
  db: Db,
  f: TextFollowUp,
  sender: TextSender | null,
): Promise<DeliveryResult> {
  const { workspaceId, recipientVisitorId: visitorId } = f.decision;
  if (!visitorId) return refused("a follow-up text goes to a visitor");
  const contact = await findVisitorTextContact(db, workspaceId, visitorId);
  if (!contact?.phone) return refused("the visitor has no phone number");
  // FU9: opted out after this text was planned (e.g. during FU3's push wait).
  if (contact.optedOutKeyword) {
    return refused(
      `the visitor opted out of texts (${contact.optedOutKeyword}, ${contact.optedOutAt?.toISOString()})`,
    );
  }
  const earlier = await listTextsOfDelivery(db, f.delivery.id);
  const sms = earlier.find((t) => t.channel === "sms");
  const whatsapp = earlier.find((t) => t.channel === "whatsapp");
  // Never two texts: a delivery re-run after a lost settle reports the text it already sent.
  if (sms) return sentResult("sms", sms.sid, sms.status, f.delivery.segments ?? undefined);
  if (whatsapp && !isFailedTextStatus(whatsapp.status))
    return sentResult("whatsapp", whatsapp.sid, whatsapp.status, 1);

  const facts = await loadFollowUpTextFacts(db, f.event);
  const template = sender?.whatsapp && !whatsapp ? await findWhatsappTemplate(db, workspaceId) : null;
  const visitorName = contact.name ?? contact.unverifiedName ?? "there";
  const smsText = followUpSms(facts);
  const text: OutgoingText = template
    ? {
        channel: "whatsapp",
        to: contact.phone,
        contentSid: template,
        variables: whatsappTemplateVariables(visitorName, facts),
      }
    : { channel: "sms", to: contact.phone, body: smsText.body };
  const country = parsePhoneNumberFromString(contact.phone)?.country ?? null;
  if (!sender) {
    const n = smsText.segments;
    return {
      status: "captured",
      segments: n,
      summary: `[sms] to ${contact.phone} (${country ?? "?"}, ${n} segment${n > 1 ? "s" : ""}, ${smsText.encoding}): ${smsText.body}`,
    };
  }
  // FU7: paid before Twilio is asked, at the price of the SMS version, so a fallback to SMS needs no second charge.
  const unpaid = await payForText(db, f, { segments: smsText.segments, country });
  if (unpaid) return unpaid;
  const result = await sendText(db, f, sender, { text, sms: smsText, country });
  await refundIfRefused(db, f, result);
  return result;
}

interface Chosen {
  text: OutgoingText;
  sms: SmsText; // the SMS version, for a WhatsApp text refused at once
  country: CountryCode | null; // the destination's, from the number
}

// The one provider call of a follow-up text, and the one place a text is known before anything is sent: its channel,
// segments (a WhatsApp template message counts as one) and destination country. The wallet's charge (FU7) is made
// once per delivery before the first call (sendTextFollowUp), so the SMS after a WhatsApp refusal is not charged again.
async function sendText(db: Db, f: TextFollowUp, sender: TextSender, c: Chosen): Promise<DeliveryResult> {
  const segments = c.text.channel === "sms" ? c.sms.segments : 1;
  const result = await sender.send(c.text);
  const outcome = await recordSend(db, f, c.text, result);
  // FU5: WhatsApp refused at once (no such sender, template not approved, not a WhatsApp number…): SMS instead.
  if (!result.ok && c.text.channel === "whatsapp" && !result.retryable) {
    const sms: OutgoingText = { channel: "sms", to: c.text.to, body: c.sms.body };
    const after = await sendText(db, f, sender, { ...c, text: sms });
    return after.status === "delivered"
      ? { ...after, summary: `WhatsApp refused: ${result.error}; sent by SMS` }
      : after;
  }
  return outcome.status === "delivered" ? { ...outcome, segments } : outcome;
}

async function recordSend(
  db: Db,
  f: TextFollowUp,
  text: OutgoingText,
  result: TextSendResult,
): Promise<DeliveryResult> {
  const { workspaceId, recipientVisitorId } = f.decision;
  const phone = text.to;
  if (!result.ok) {
    // Twilio keeps its own STOP list: a number it refuses as unsubscribed is recorded as opted out here too (FU9).
    if (result.code === UNSUBSCRIBED)
      await optOutOfTexts(db, workspaceId, phone, String(UNSUBSCRIBED), f.now);
    return { status: "failed", error: result.error, retryable: result.retryable };
  }
  await recordOutboundText(db, {
    sid: result.sid,
    workspaceId,
    channel: text.channel,
    phone,
    visitorId: recipientVisitorId as string,
    deliveryId: f.delivery.id,
    status: result.status,
  });
  return sentResult(text.channel, result.sid, result.status);
}

const sentResult = (
  channel: TextChannel,
  sid: string,
  status: string,
  segments?: number,
): DeliveryResult => ({
  status: "delivered",
  providerId: sid,
  providerStatus: `${channel} ${status}`,
  ...(segments ? { segments } : {}),
});
