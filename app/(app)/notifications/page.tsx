import type { Metadata } from "next";
import { MarkAllReadButton } from "@/components/notifications/mark-all-read-button";
import { NotificationFiltersNav } from "@/components/notifications/notification-filters-nav";
import { NotificationItem } from "@/components/notifications/notification-item";
import { PageHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/db/client";
import {
  countUnreadNotifications,
  listNotifications,
  type NotificationFilter,
} from "@/db/queries/notification-center";
import { requireMember } from "@/lib/auth/member";
import { formatShortTime } from "@/lib/time/format";

export const metadata: Metadata = { title: "Notifications" };

const LIMIT = 100;

// The member's notification center (RULES.md X4). It re-reads itself on notification.created (app layout).
export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<{ filter?: string | string[] }>;
}) {
  const member = await requireMember();
  const filter: NotificationFilter = (await searchParams).filter === "unread" ? "unread" : "all";
  const db = getDb();
  const [rows, unread] = await Promise.all([
    listNotifications(db, member.workspaceId, member.userId, { filter, limit: LIMIT }),
    countUnreadNotifications(db, member.workspaceId, member.userId),
  ]);
  const now = new Date();
  return (
    <>
      <PageHeader
        title="Notifications"
        description="Everything Herald told you about, with its read state."
        actions={<MarkAllReadButton disabled={unread === 0} />}
      />
      <div className="mb-4 flex items-center justify-between gap-2">
        <NotificationFiltersNav filter={filter} />
        <p className="text-sm text-slate-600">{unread === 0 ? "All read" : `${unread} unread`}</p>
      </div>
      {rows.length === 0 ? (
        filter === "unread" ? (
          <EmptyState title="No unread notifications">
            You have read everything Herald told you about.
          </EmptyState>
        ) : (
          <EmptyState title="No notifications yet">
            Notifications appear here when a chat is assigned to you or your team, a visitor replies, a
            colleague mentions you in an internal note, someone from an account you own arrives on the site,
            or a conversation is about to miss its SLA.
          </EmptyState>
        )
      ) : (
        <ul
          aria-label="Notifications"
          className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200"
        >
          {rows.map((n) => (
            <NotificationItem
              key={n.id}
              id={n.id}
              title={n.title}
              body={n.body}
              time={formatShortTime(n.createdAt, member.timeZone, now)}
              timeIso={n.createdAt.toISOString()}
              unread={n.readAt === null}
              conversationId={n.conversationId}
            />
          ))}
        </ul>
      )}
      {rows.length === LIMIT && (
        <p className="mt-3 text-sm text-slate-500">Showing your {LIMIT} newest notifications.</p>
      )}
    </>
  );
}
