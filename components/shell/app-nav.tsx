import type { Role } from "@/db/schema";
import { hasRole } from "@/lib/auth/roles";
import { NavLink } from "./nav-link";

const sections: { href: string; label: string; role: Role }[] = [
  { href: "/live", label: "Live", role: "agent" },
  { href: "/inbox", label: "Inbox", role: "agent" },
  { href: "/notifications", label: "Notifications", role: "agent" },
  { href: "/supervisor", label: "Supervisor", role: "supervisor" },
  { href: "/settings", label: "Settings", role: "agent" },
];

const linkStyle =
  "rounded-md px-3 py-2 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-700";

// The unread count beside "Notifications": a badge for the eye; the link's name says "Notifications, 3 unread"
// (an aria-label: a visually hidden span would be read with a stray pause, "Notifications , 3 unread").
function UnreadBadge({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <span
      aria-hidden
      className="ml-1.5 rounded-full bg-brand-600 px-1.5 py-0.5 text-xs font-semibold text-white tabular-nums"
    >
      {count > 99 ? "99+" : count}
    </span>
  );
}

const linkLabel = (label: string, unread: number) => (unread > 0 ? `${label}, ${unread} unread` : undefined);

// The main sections of the agent app; a section is listed only to members whose role may open it.
export function AppNav({ role, unreadNotifications = 0 }: { role: Role; unreadNotifications?: number }) {
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap items-center gap-1">
        {sections
          .filter((section) => hasRole(role, section.role))
          .map((section) => (
            <li key={section.href}>
              <NavLink
                href={section.href}
                className={linkStyle}
                label={
                  section.href === "/notifications"
                    ? linkLabel(section.label, unreadNotifications)
                    : undefined
                }
              >
                {section.label}
                {section.href === "/notifications" && <UnreadBadge count={unreadNotifications} />}
              </NavLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
