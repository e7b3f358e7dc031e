// FU8, FU9: a text from a visitor's phone (Twilio's inbound webhook). The visitor is the one the latest follow-up text
// to that number went to; their message joins their open conversation (or a new one) through the same domain
// function as the widget's, with origin sms or whatsapp. STOP / START / HELP (Twilio's OptOutType, else the bare
// keyword) are recorded and never become chat messages: STOP stops every text to that number, START allows them
// again. A number Herald never texted and no visitor gave gets no conversation; it is logged.
import { parsePhoneNumberFromString } from "libphonenumber-js/min";
import { z } from "zod";
import type { Db } from "@/db/client";
import { findVisitorByPhone, optBackInToTexts, optOutOfTexts, recordInboundText } from "@/db/queries/texts";
import { postVisitorMessage } from "@/lib/chat/visitor-message";
import type { Effects } from "@/lib/effects/effects";

export const inboundTextSchema = z
  .object({
    MessageSid: z.string().regex(/^[A-Z]{2}[0-9a-f]{32}$/, "must be a Twilio message sid"),
    From: z.string().min(1).max(80),
    Body: z.string().max(1600).default(""),
    NumMedia: z.coerce.number().int().min(0).max(10).default(0),
    OptOutType: z.enum(["STOP", "START", "HELP"]).optional(),
  })
  .loose();

const keywords: Record<string, "STOP" | "START" | "HELP"> = Object.fromEntries([
  ...["STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"].map((k) => [k, "STOP"]),
  ...["START", "YES", "UNSTOP"].map((k) => [k, "START"]),
  ...["HELP", "INFO"].map((k) => [k, "HELP"]),
]);

export interface InboundOutcome {
  result: string;
  effects: Effects[];
}

// E.164, as stored by the widget's "Get the reply by text" and sent to.
export function phoneOfSender(from: string): string {
  const bare = from.replace(/^whatsapp:/, "").trim();
  return parsePhoneNumberFromString(bare)?.number ?? bare;
}

const masked = (phone: string) => `…${phone.slice(-4)}`;

export async function handleInboundText(
  db: Db,
  input: z.infer<typeof inboundTextSchema>,
  now: Date,
  log: (message: string) => void = (m) => console.warn(`[twilio inbound] ${m}`),
): Promise<InboundOutcome> {
  const channel = input.From.startsWith("whatsapp:") ? "whatsapp" : "sms";
  const phone = phoneOfSender(input.From);
  const who = await findVisitorByPhone(db, phone);
  if (!who) {
    log(`text ${input.MessageSid} from an unknown number ${masked(phone)}: no conversation`);
    return { result: "unknown number", effects: [] };
  }
  const keyword =
    input.OptOutType ?? (channel === "sms" ? keywords[input.Body.trim().toUpperCase()] : undefined);
  return db.transaction(async (tx) => {
    const fresh = await recordInboundText(tx, {
      sid: input.MessageSid,
      workspaceId: who.workspaceId,
      channel,
      phone,
      visitorId: who.visitorId,
      keyword: keyword ?? null,
    });
    if (!fresh) return { result: "duplicate", effects: [] };
    if (keyword === "STOP")
      await optOutOfTexts(tx, who.workspaceId, phone, input.Body.trim().toUpperCase() || "STOP", now);
    if (keyword === "START") await optBackInToTexts(tx, who.workspaceId, phone);
    if (keyword) return { result: keyword.toLowerCase(), effects: [] };
    const media = input.NumMedia
      ? `(${input.NumMedia} attachment${input.NumMedia > 1 ? "s" : ""} not shown)`
      : "";
    const body = [input.Body.trim(), media].filter(Boolean).join("\n\n");
    if (!body) return { result: "empty", effects: [] };
    const posted = await postVisitorMessage(
      tx,
      { workspaceId: who.workspaceId, visitorId: who.visitorId, body, channel },
      now,
    );
    return {
      result: "posted",
      effects: [{ publications: posted.publications, notifications: posted.notifications }],
    };
  });
}
