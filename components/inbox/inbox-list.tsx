import Link from "next/link";
import type { InboxRow } from "@/db/queries/inbox";
import { leadQualificationLabel } from "@/lib/chat/lead-qualification";
import { visitorLabel } from "@/lib/chat/visitor-label";
import { formatShortTime } from "@/lib/time/format";

// One row per conversation. The link carries the visitor's name only (its accessible name); it stretches
// over the row so the whole row is clickable, and the rest of the row is read as plain text.
export function InboxList({ rows, timeZone, now }: { rows: InboxRow[]; timeZone: string; now: Date }) {
  return (
    <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white">
      {rows.map((row) => (
        <li key={row.id} className="relative flex gap-3 px-4 py-3 hover:bg-slate-50">
          <span
            aria-hidden
            className={`mt-2 size-2 shrink-0 rounded-full ${row.unread ? "bg-brand-600" : "bg-transparent"}`}
          />
          <div className="min-w-0 flex-1">
            <div className="flex items-baseline gap-2">
              <Link
                href={`/inbox/${row.id}`}
                className={`truncate text-sm after:absolute after:inset-0 ${row.unread ? "font-semibold text-slate-900" : "font-medium text-slate-800"}`}
              >
                {visitorLabel({
                  visitorId: row.visitorId,
                  name: row.visitorName,
                  email: row.visitorEmail,
                  unverifiedName: row.visitorUnverifiedName,
                  unverifiedEmail: row.visitorUnverifiedEmail,
                })}
              </Link>
              {row.unread && <span className="sr-only">Unread</span>}
              {row.visitorName && row.visitorEmail && (
                <span className="truncate text-xs text-slate-500">{row.visitorEmail}</span>
              )}
              <time
                dateTime={row.lastMessageAt.toISOString()}
                className="ml-auto shrink-0 text-xs text-slate-500"
              >
                {formatShortTime(row.lastMessageAt, timeZone, now)}
              </time>
            </div>
            <p className="mt-0.5 truncate text-sm text-slate-600">{row.preview ?? "No messages yet"}</p>
            <p className="mt-1 text-xs text-slate-500">
              {row.assigneeName ? `Assigned to ${row.assigneeName}` : "Unassigned"}
              {row.groupName && ` · ${row.groupName}`}
              {row.qualification && ` · Lead: ${leadQualificationLabel[row.qualification]}`}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
