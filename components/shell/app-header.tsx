import type { Member } from "@/db/queries/members";
import { roleLabel } from "@/lib/auth/roles";
import { AppNav } from "./app-nav";
import { StatusControl } from "./status-control";
import { UserMenu } from "./user-menu";

// The bar on top of every signed-in page: workspace, sections, the member's status and account menu.
export function AppHeader({ member, unreadNotifications }: { member: Member; unreadNotifications: number }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
        <p className="flex items-baseline gap-2">
          <span className="font-semibold tracking-tight text-brand-700">Herald</span>
          <span className="text-sm text-slate-500">
            <span className="sr-only">Workspace: </span>
            {member.workspaceName}
          </span>
        </p>
        <AppNav role={member.role} unreadNotifications={unreadNotifications} />
        <div className="ml-auto flex items-center gap-2">
          <StatusControl
            status={member.status}
            dndUntil={member.dndUntil?.toISOString() ?? null}
            timeZone={member.timeZone}
            renderedAt={new Date().toISOString()}
          />
          <UserMenu name={member.name} email={member.email} roleLabel={roleLabel[member.role]} />
        </div>
      </div>
    </header>
  );
}
