import { NavLink } from "@/components/shell/nav-link";
import type { Role } from "@/db/schema";
import { hasRole } from "@/lib/auth/roles";

const pages: { href: string; label: string; role: Role }[] = [
  { href: "/settings/profile", label: "Profile", role: "agent" },
  { href: "/settings/availability", label: "Availability", role: "agent" },
  { href: "/settings/notifications", label: "Notifications", role: "agent" },
  { href: "/settings/team", label: "Team", role: "admin" },
  { href: "/settings/routing-groups", label: "Routing groups", role: "admin" },
  { href: "/settings/accounts", label: "Accounts", role: "admin" },
  { href: "/settings/sla", label: "SLA", role: "admin" },
  { href: "/settings/integrations", label: "Integrations", role: "admin" },
  { href: "/settings/follow-ups", label: "Follow-ups", role: "admin" },
  { href: "/settings/billing", label: "Billing", role: "admin" },
  { href: "/settings/install", label: "Install", role: "admin" },
  { href: "/settings/deliveries", label: "Deliveries", role: "admin" },
];

const linkStyle =
  "block rounded-md px-3 py-2 text-sm text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:font-medium aria-[current=page]:text-brand-700";

// The settings pages a member may open; workspace-wide ones are for admins.
export function SettingsNav({ role }: { role: Role }) {
  return (
    <nav aria-label="Settings">
      <ul className="flex flex-row flex-wrap gap-1 md:flex-col">
        {pages
          .filter((page) => hasRole(role, page.role))
          .map((page) => (
            <li key={page.href}>
              <NavLink href={page.href} className={linkStyle}>
                {page.label}
              </NavLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
