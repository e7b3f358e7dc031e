import type { Metadata } from "next";
import { InboxEmptyState } from "@/components/inbox/inbox-empty-state";
import { InboxFiltersNav } from "@/components/inbox/inbox-filters-nav";
import { InboxList } from "@/components/inbox/inbox-list";
import { InboxLiveRefresh } from "@/components/inbox/inbox-live-refresh";
import { PageHeader } from "@/components/ui/card";
import { getDb } from "@/db/client";
import { listInbox } from "@/db/queries/inbox";
import { listRoutingGroups } from "@/db/queries/routing-groups";
import { requireMember } from "@/lib/auth/member";
import { parseInboxFilters } from "@/lib/chat/inbox-filters";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const member = await requireMember();
  const filters = parseInboxFilters(await searchParams);
  const db = getDb();
  const rows = await listInbox(db, { workspaceId: member.workspaceId, userId: member.userId, ...filters });
  // Only an empty "My groups" view needs to say whether the member is in a group at all.
  const inAnyGroup =
    rows.length > 0 || filters.view !== "groups"
      ? true
      : (await listRoutingGroups(db, member.workspaceId)).some((g) =>
          g.members.some((m) => m.userId === member.userId),
        );
  return (
    <>
      <PageHeader title="Inbox" description="Conversations with your website's visitors." />
      <InboxFiltersNav filters={filters} />
      <InboxLiveRefresh workspaceId={member.workspaceId} />
      {rows.length > 0 ? (
        <InboxList rows={rows} timeZone={member.timeZone} now={new Date()} />
      ) : (
        <InboxEmptyState filters={filters} inAnyGroup={inAnyGroup} />
      )}
    </>
  );
}
