import { requireMember } from "@/lib/auth/member";

// The signed-in app. (The full shell with navigation replaces this.)
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const member = await requireMember();
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white px-4 py-3 text-sm">{member.workspaceName}</header>
      <main className="p-6">{children}</main>
    </div>
  );
}
