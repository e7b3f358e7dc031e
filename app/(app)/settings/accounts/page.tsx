import type { Metadata } from "next";
import { AccountBasedRoutingToggle } from "@/components/settings/accounts/account-based-routing-toggle";
import { AccountCard } from "@/components/settings/accounts/account-card";
import { AccountForm } from "@/components/settings/accounts/account-form";
import { AccountSearch } from "@/components/settings/accounts/account-search";
import { CsvImport } from "@/components/settings/accounts/csv-import";
import { Card, PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/db/client";
import { isBuiltInAccountBasedRoutingOn } from "@/db/queries/account-source-settings";
import { listAccounts } from "@/db/queries/accounts";
import { listMembers } from "@/db/queries/members";
import { requireMember } from "@/lib/auth/member";

export const metadata: Metadata = { title: "Accounts" };

export default async function AccountsPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const admin = await requireMember("admin");
  const query = (await searchParams).q ?? "";
  const db = getDb();
  const [accounts, members, routingOn] = await Promise.all([
    listAccounts(db, admin.workspaceId, query),
    listMembers(db, admin.workspaceId),
    isBuiltInAccountBasedRoutingOn(db, admin.workspaceId),
  ]);
  const teammates = members.map((m) => ({ userId: m.userId, name: m.name }));
  return (
    <>
      <PageHeader
        title="Accounts"
        description="The companies your visitors work for. A visitor matches an account by a contact's email or phone, or by their email's domain."
      />
      <div className="flex flex-col gap-6">
        <Card title="Routing">
          <AccountBasedRoutingToggle on={routingOn} />
        </Card>
        <Card title="New account">
          <AccountForm />
        </Card>
        <Card title="Import from CSV">
          <CsvImport />
        </Card>
        <AccountSearch query={query} />
        {accounts.length > 0 ? (
          accounts.map((account) => <AccountCard key={account.id} account={account} teammates={teammates} />)
        ) : query ? (
          <EmptyState title="No account matches">Nothing has “{query}” in its name or domains.</EmptyState>
        ) : (
          <EmptyState title="No accounts yet">
            Create one above or import a CSV; known visitors from its domains will show its name on Live
            Views.
          </EmptyState>
        )}
      </div>
    </>
  );
}
