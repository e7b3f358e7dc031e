// One row per decision: when, which event, to whom, on which channel, sent or suppressed and why, and what
// became of the delivery (status, attempts, provider status or error).
import Link from "next/link";
import type { DeliveryLogEntry } from "@/db/queries/delivery-log";
import { explainReason } from "@/lib/notifications/explain/reason-words";

const time = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

function recipientOf(e: DeliveryLogEntry) {
  // A decision shared by many members is stored once (compacted): filtered by a teammate, it is theirs.
  const group = e.groupSize === null ? "" : ` (one of ${e.groupSize.toLocaleString("en")} teammates)`;
  if (e.recipientKind === "user" && e.groupSize !== null && !e.recipientUserId)
    return `${e.groupSize.toLocaleString("en")} teammates (filter by a teammate to see theirs)`;
  if (e.recipientKind === "user") return `${e.recipientName ?? "A former member"}${group}`;
  if (e.recipientKind === "crm_user") return `CRM owner ${e.recipientOther ?? "(disconnected)"}`;
  return e.recipientKind === "visitor" ? "The visitor" : `Slack channel ${e.recipientOther ?? ""}`;
}

export function DeliveryLogTable({ entries }: { entries: DeliveryLogEntry[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Notification decisions, newest first</caption>
        <thead className="bg-slate-50 text-xs uppercase text-slate-500">
          <tr>
            {["Time (UTC)", "Event", "Recipient", "Channel", "Outcome", "Reason", "Delivery"].map((h) => (
              <th key={h} scope="col" className="px-3 py-2 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {entries.map((e) => (
            <tr key={e.id} data-testid="delivery-log-row">
              <td className="whitespace-nowrap px-3 py-2 text-slate-600">{time.format(e.createdAt)}</td>
              <td className="px-3 py-2">
                <div>{e.eventType}</div>
                {e.conversationId && (
                  <Link
                    href={`/inbox/${e.conversationId}`}
                    className="text-xs text-brand-700 hover:underline"
                  >
                    Open conversation
                  </Link>
                )}
              </td>
              <td className="px-3 py-2">{recipientOf(e)}</td>
              <td className="px-3 py-2">{e.channel.replaceAll("_", " ")}</td>
              <td className="px-3 py-2">{e.outcome === "send" ? "sent" : "suppressed"}</td>
              <td className="px-3 py-2">
                <code className="text-xs">{e.reason}</code>
                <div className="text-xs text-slate-600">{explainReason(e.reason)}</div>
              </td>
              <td className="px-3 py-2 text-xs text-slate-600">
                {e.status ? (
                  <>
                    <div className="text-sm text-slate-800">{e.status}</div>
                    <div>
                      {e.attempts} {e.attempts === 1 ? "attempt" : "attempts"}
                    </div>
                    {e.deliveryReason &&
                      e.deliveryReason !== e.reason &&
                      e.deliveryReason !== "provider_error" && (
                        <div>
                          <code>{e.deliveryReason}</code> {explainReason(e.deliveryReason)}
                        </div>
                      )}
                    {e.providerStatus && <div>Provider: {e.providerStatus}</div>}
                    {e.segments && <div>SMS segments: {e.segments}</div>}
                    {e.lastError && <div className="text-red-700">{e.lastError}</div>}
                  </>
                ) : (
                  "Nothing to deliver"
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
