// "Why wasn't … notified?" (X1), open to every member: for each notification event of this conversation, each
// teammate's outcome and the reason in plain words. A native disclosure, so it costs no JavaScript.
import type { EventExplanations } from "@/lib/notifications/explain/conversation-explanations";
import { explainReason } from "@/lib/notifications/explain/reason-words";

const eventLabel: Record<string, string> = {
  "conversation.created": "The visitor started the conversation",
  "message.created": "A new message",
  "chat_request.cancelled": "The visitor cancelled the chat request",
  "assistance.requested": "An agent asked for assistance",
  "assistance.cleared": "Assistance no longer needed",
  "sla.warning": "SLA warning",
  "sla.breached": "SLA breached",
  "visitor.went_offline": "The visitor went offline",
};

const time = new Intl.DateTimeFormat("en-GB", { timeStyle: "medium", dateStyle: "short", timeZone: "UTC" });

export function NotificationExplanations({ events }: { events: EventExplanations[] }) {
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <summary className="cursor-pointer font-medium text-slate-800">Why wasn't … notified?</summary>
      {events.length === 0 ? (
        <p className="mt-3 text-slate-600">Nothing in this conversation has notified anyone yet.</p>
      ) : (
        <ol className="mt-3 flex flex-col gap-4">
          {events.map((e) => (
            <li key={e.eventId}>
              <h3 className="font-medium text-slate-800">
                {eventLabel[e.type] ?? e.type}{" "}
                <span className="font-normal text-slate-500">· {time.format(e.occurredAt)} UTC</span>
              </h3>
              <ul
                className="mt-1 divide-y divide-slate-100"
                aria-label={`Teammates for ${eventLabel[e.type] ?? e.type}`}
              >
                {e.teammates.map((t) => (
                  <li
                    key={t.userId}
                    className="flex flex-wrap gap-x-2 py-1"
                    data-testid="teammate-explanation"
                  >
                    <span className="font-medium">{t.name}</span>
                    <code className="text-xs text-slate-500">{t.explanation.reason}</code>
                    <span className="text-slate-600">{explainReason(t.explanation.reason)}</span>
                    {t.explanation.decisions.length > 0 && (
                      <span className="text-xs text-slate-500">
                        (
                        {t.explanation.decisions
                          .map(
                            (d) =>
                              `${d.channel.replaceAll("_", " ")}: ${d.outcome === "send" ? "sent" : d.reason}`,
                          )
                          .join(", ")}
                        )
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
