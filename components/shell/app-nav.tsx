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

// The main sections of the agent app; a section is listed only to members whose role may open it.
export function AppNav({ role }: { role: Role }) {
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap items-center gap-1">
        {sections
          .filter((section) => hasRole(role, section.role))
          .map((section) => (
            <li key={section.href}>
              <NavLink href={section.href} className={linkStyle}>
                {section.label}
              </NavLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
