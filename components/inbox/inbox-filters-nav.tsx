import Link from "next/link";
import { inboxStatuses, inboxViews } from "@/db/queries/inbox";
import { type InboxFilters, inboxHref, inboxViewLabel, qualificationFilters } from "@/lib/chat/inbox-filters";
import { leadQualificationLabel } from "@/lib/chat/lead-qualification";

const tab =
  "rounded-md px-3 py-1.5 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700";

// The inbox's views and statuses are links, so a filter can be bookmarked, shared and opened in a new tab.
export function InboxFiltersNav({ filters }: { filters: InboxFilters }) {
  return (
    <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
      <nav aria-label="Inbox views">
        <ul className="flex flex-wrap gap-1">
          {inboxViews.map((view) => (
            <li key={view}>
              <Link
                href={inboxHref({ ...filters, view })}
                aria-current={view === filters.view ? "page" : undefined}
                className={tab}
              >
                {inboxViewLabel[view]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label="Lead qualification">
        <ul className="flex flex-wrap gap-1">
          {[undefined, ...qualificationFilters].map((qualification) => (
            <li key={qualification ?? "any"}>
              <Link
                href={inboxHref({ ...filters, qualification })}
                aria-current={qualification === filters.qualification ? "page" : undefined}
                className={tab}
              >
                {qualification === undefined
                  ? "Any lead"
                  : qualification === "unqualified"
                    ? "Not qualified"
                    : leadQualificationLabel[qualification]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label="Conversation status">
        <ul className="flex gap-1 rounded-lg border border-slate-200 bg-white p-0.5">
          {inboxStatuses.map((status) => (
            <li key={status}>
              <Link
                href={inboxHref({ ...filters, status })}
                aria-current={status === filters.status ? "page" : undefined}
                className={tab}
              >
                {status === "open" ? "Open" : "Closed"}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
