import type { Metadata } from "next";
import { SettingsNav } from "@/components/settings/settings-nav";
import { PageHeader } from "@/components/ui/card";
import { requireMember } from "@/lib/auth/member";

export const metadata: Metadata = { title: { default: "Settings", template: "%s · Settings · Herald" } };

export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const member = await requireMember();
  return (
    <>
      <PageHeader title="Settings" />
      <div className="flex flex-col gap-6 md:flex-row">
        <aside className="md:w-48 md:shrink-0">
          <SettingsNav role={member.role} />
        </aside>
        <div className="min-w-0 flex-1">{children}</div>
      </div>
    </>
  );
}
