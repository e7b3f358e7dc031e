import Link from "next/link";
import { type NotificationFilter, notificationFilters } from "@/db/queries/notification-center";

const tab =
  "rounded-md px-3 py-1.5 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700";
const label: Record<NotificationFilter, string> = { all: "All", unread: "Unread" };

// Links, not buttons: a filter can be bookmarked and opened in a new tab.
export function NotificationFiltersNav({ filter }: { filter: NotificationFilter }) {
  return (
    <nav aria-label="Notification filter">
      <ul className="flex gap-1 rounded-lg border border-slate-200 bg-white p-0.5">
        {notificationFilters.map((f) => (
          <li key={f}>
            <Link
              href={f === "all" ? "/notifications" : `/notifications?filter=${f}`}
              aria-current={f === filter ? "page" : undefined}
              className={tab}
            >
              {label[f]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
