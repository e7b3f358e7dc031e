// SL2: a conversation's SLA target is close (warning) or missed (breached) — whose chat, which target, when.
import { slaTargetLabel } from "@/lib/sla/timers";
import type { EventOf, SlaTarget } from "../events/event";
import { aboutConversation } from "./compose";
import { type NotificationFacts, visitorWho } from "./facts";
import type { EventWords } from "./types";

const utc = (d: Date) => `${d.toISOString().slice(11, 16)} UTC`;

function detailOf(kind: "warning" | "breached", target: SlaTarget, dueAt: Date) {
  const label = slaTargetLabel[target].toLowerCase();
  return kind === "warning"
    ? `The ${label} is due at ${utc(dueAt)}.`
    : `The ${label} target was missed (due at ${utc(dueAt)}).`;
}

export function slaWords(
  event: EventOf<"sla.warning" | "sla.breached">,
  facts: NotificationFacts,
): EventWords {
  const kind = event.type === "sla.warning" ? "warning" : "breached";
  const who = visitorWho(facts);
  const about = aboutConversation(event.conversationId);
  return {
    title: kind === "warning" ? `SLA at risk: ${who}’s chat` : `SLA breached: ${who}’s chat`,
    words: null,
    detail: detailOf(kind, event.target, event.dueAt),
    ...about,
    email: () => ({
      template: "sla",
      props: { kind, target: event.target, dueAt: event.dueAt, visitorName: who, url: about.url },
    }),
  };
}
