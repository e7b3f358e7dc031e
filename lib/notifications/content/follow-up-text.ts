// FU4/FU5: what a follow-up text says. SMS: the agent's name, the first words of their unread message and the
// link back to the chat (/c/…), fitted to a budget of segments; WhatsApp: the approved template's variables.
import { SegmentedMessage } from "sms-segments-calculator";
import type { Db } from "@/db/client";
import { listUnreadAgentMessages } from "@/db/queries/follow-ups";
import { findWorkspace } from "@/db/queries/workspaces";
import { continueUrl } from "@/lib/follow-ups/continue-link";
import type { EventOf } from "../events/event";
import { firstWords } from "./first-words";

// Two segments: 306 GSM-7 characters, or 134 UCS-2 (a single emoji or curly quote switches the whole text).
export const SMS_SEGMENT_BUDGET = 2;

export interface FollowUpTextFacts {
  agentName: string; // who replied (else the workspace's name)
  words: string; // their unread message, whole: cut here to fit
  link: string; // the continue link (/c/…)
}

export interface SmsText {
  body: string;
  segments: number;
  encoding: "GSM-7" | "UCS-2";
}

// Segments as Twilio counts them (Twilio's own calculator, `sms-segments-calculator`): GSM-7 160 / 153 per part,
// UCS-2 70 / 67, extension characters counted twice.
export function countSegments(body: string): Omit<SmsText, "body"> {
  const message = new SegmentedMessage(body, "auto");
  return { segments: message.segmentsCount, encoding: message.encodingName === "GSM-7" ? "GSM-7" : "UCS-2" };
}

const compose = (f: FollowUpTextFacts, words: string) =>
  words
    ? `${f.agentName} replied: ${words}\nContinue the chat: ${f.link}`
    : `${f.agentName} replied to your chat: ${f.link}`;

// The words are cut (at a word boundary, as everywhere: first-words.ts) until the text fits the budget; when even
// the name and the link alone do not fit, the text goes without words (and may take more segments).
export function followUpSms(f: FollowUpTextFacts, budget = SMS_SEGMENT_BUDGET): SmsText {
  let limit = Math.min(f.words.length, 300);
  while (limit >= 10) {
    const body = compose(f, firstWords(f.words, limit));
    const counted = countSegments(body);
    if (counted.segments <= budget) return { body, ...counted };
    limit -= counted.encoding === "GSM-7" ? 10 : 5;
  }
  const body = compose(f, "");
  return { body, ...countSegments(body) };
}

// The WhatsApp template's positional variables (Settings → Follow-ups documents them): {{1}} the visitor's name,
// {{2}} the agent's name, {{3}} the link.
export const whatsappTemplateVariables = (visitorName: string, f: FollowUpTextFacts) => ({
  "1": visitorName,
  "2": f.agentName,
  "3": f.link,
});

// The facts, read when the text is sent (like the follow-up email): the newest unread agent message and its author.
export async function loadFollowUpTextFacts(
  db: Db,
  event: EventOf<"visitor.went_offline">,
): Promise<FollowUpTextFacts> {
  const { workspaceId, conversationId } = event;
  const unread = (await listUnreadAgentMessages(db, workspaceId, conversationId)).at(-1); // the newest
  const workspace = unread?.name ? null : await findWorkspace(db, workspaceId);
  return {
    agentName: unread?.name ?? workspace?.name ?? "We",
    words: unread?.body ?? "",
    link: continueUrl(conversationId),
  };
}
