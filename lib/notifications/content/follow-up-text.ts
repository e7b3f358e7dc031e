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

// Look-alikes Twilio's Smart Encoding would swap too; any other character outside GSM-7 (emoji, accented letters
// GSM lacks) is dropped. Used only when the words as written cannot fit: one emoji makes the whole text UCS-2,
// where the link alone may fill two segments.
const lookAlikes: Record<string, string> = {
  "“": '"',
  "”": '"',
  "‘": "'",
  "’": "'",
  "–": "-",
  "—": "-",
  "…": "...",
};
function gsmOnly(text: string): string {
  const swapped = text.replace(/[“”‘’–—…]/g, (c) => lookAlikes[c] ?? c);
  const rest = new Set(new SegmentedMessage(swapped, "auto").getNonGsmCharacters());
  return [...swapped]
    .filter((c) => !rest.has(c))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

// The longest cut of the words (at a word boundary, as everywhere: first-words.ts; "..." rather than "…", which is
// not GSM-7) that fits the budget, if any.
function fitted(f: FollowUpTextFacts, words: string, budget: number): SmsText | null {
  for (let limit = Math.min(words.length, 300); limit >= 10; ) {
    const body = compose(f, firstWords(words, limit).replace(/…$/, "..."));
    const counted = countSegments(body);
    if (counted.segments <= budget) return { body, ...counted };
    limit -= counted.encoding === "GSM-7" ? 10 : 5;
  }
  return null;
}

// The words as written or without their non-GSM characters, else no words (the name and the link always go, even
// past the budget).
export function followUpSms(f: FollowUpTextFacts, budget = SMS_SEGMENT_BUDGET): SmsText {
  // Whichever keeps more of the words: cutting UCS-2 words short may also end in a GSM-7 text.
  const fits = [fitted(f, f.words, budget), fitted(f, gsmOnly(f.words), budget)]
    .filter((t) => t !== null)
    .sort((a, b) => b.body.length - a.body.length)[0];
  if (fits) return fits;
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
