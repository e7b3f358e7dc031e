// /demo: "Globex Widgets", a small fictional customer site with the Herald widget embedded, for trying
// Herald locally. Public: proxy.ts does not gate it. A 404 in production unless HERALD_DEMO=true.
import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { BrowseAs } from "@/components/demo/browse-as";
import { WidgetEmbed } from "@/components/demo/widget-embed";
import { getDb } from "@/db/client";
import { demoEnabled } from "@/lib/demo/enabled";
import { DEMO_AS_COOKIE, demoWorkspaceAndIdentity, isPersona } from "@/lib/demo/personas";

export const metadata: Metadata = { title: { default: "Globex Widgets", template: "%s · Globex Widgets" } };

const links = [
  { href: "/demo", label: "Home" },
  { href: "/demo/pricing", label: "Pricing" },
  { href: "/demo/docs", label: "Docs" },
];

export default async function DemoLayout({ children }: { children: React.ReactNode }) {
  if (!demoEnabled()) notFound();
  const chosen = (await cookies()).get(DEMO_AS_COOKIE)?.value;
  const persona = isPersona(chosen) ? chosen : "anonymous";
  const { workspace, identify } = await demoWorkspaceAndIdentity(getDb(), persona);
  return (
    <div className="min-h-screen bg-white">
      <BrowseAs current={persona} />
      {!workspace && (
        <p role="alert" className="bg-red-50 px-4 py-2 text-center text-sm text-red-800">
          The demo workspace is missing: start Herald on an empty database to seed it (npm run db:reset).
        </p>
      )}
      <header className="border-b border-slate-200">
        <nav aria-label="Globex" className="mx-auto flex max-w-5xl items-center gap-6 px-4 py-4">
          <a href="/demo" className="text-lg font-bold text-emerald-700">
            Globex Widgets
          </a>
          {/* Plain links: every page is a full load, like most customer sites. */}
          {links.map((link) => (
            <a key={link.href} href={link.href} className="text-sm text-slate-700 hover:text-emerald-700">
              {link.label}
            </a>
          ))}
        </nav>
      </header>
      <main className="mx-auto max-w-5xl px-4 py-10">{children}</main>
      {workspace && <WidgetEmbed publicKey={workspace.publicKey} identify={identify} />}
    </div>
  );
}
