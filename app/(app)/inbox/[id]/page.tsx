import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AssistanceToggle } from "@/components/chat/assistance-toggle";
import { ConversationControls } from "@/components/chat/conversation-controls";
import { ConversationPanel } from "@/components/chat/conversation-panel";
import { NotificationExplanations } from "@/components/chat/notification-explanations";
import { getDb } from "@/db/client";
import { findConversationSummary, listMessages } from "@/db/queries/conversations";
import { listMembers } from "@/db/queries/members";
import { listRoutingGroups } from "@/db/queries/routing-groups";
import { findVisitorTextContact } from "@/db/queries/texts";
import { requireMember } from "@/lib/auth/member";
import { toMessagePayload } from "@/lib/chat/payloads";
import type { TranscriptMessage } from "@/lib/chat/transcript";
import { visitorLabel } from "@/lib/chat/visitor-label";
import { explainConversation } from "@/lib/notifications/explain/conversation-explanations";

export const metadata: Metadata = { title: "Conversation" };

// A conversation of the member's workspace; any other id (another workspace's, or not an id) is a 404.
export default async function ConversationPage({ params }: { params: Promise<{ id: string }> }) {
  const member = await requireMember();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const db = getDb();
  const summary = await findConversationSummary(db, member.workspaceId, id);
  if (!summary) notFound();
  const c = summary.conversation;
  const [rows, teammates, groups, phone] = await Promise.all([
    listMessages(db, member.workspaceId, id, { includeInternal: true }),
    listMembers(db, member.workspaceId),
    listRoutingGroups(db, member.workspaceId),
    findVisitorTextContact(db, member.workspaceId, c.visitorId),
  ]);
  const messages: TranscriptMessage[] = rows.map((r) => ({
    ...toMessagePayload(r.message, r.authorName),
    internal: r.message.internal,
  }));
  const seenAt = rows.reduce<Date | null>((latest, r) => {
    const read = r.message.readByVisitorAt;
    return read && (!latest || read > latest) ? read : latest;
  }, null);
  const visitor = visitorLabel({
    visitorId: c.visitorId,
    name: summary.visitorName,
    email: summary.visitorEmail,
    unverifiedName: summary.visitorUnverifiedName,
    unverifiedEmail: summary.visitorUnverifiedEmail,
  });
  const group = groups.find((g) => g.id === c.groupId);
  const explanations = await explainConversation(
    db,
    member.workspaceId,
    c.id,
    teammates.map((t) => ({ userId: t.userId, name: t.name })),
  );

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="flex min-w-0 flex-col gap-3">
        <Link href="/inbox" className="text-sm text-brand-600 hover:text-brand-700">
          ← Inbox
        </Link>
        <header className="flex flex-wrap items-baseline gap-3">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{visitor}</h1>
          <span
            className={`rounded-full px-2 py-0.5 text-xs font-medium ${c.status === "open" ? "bg-emerald-50 text-emerald-700" : "bg-slate-100 text-slate-600"}`}
          >
            {c.status === "open" ? "Open" : "Closed"}
          </span>
        </header>
        <ConversationPanel
          workspaceId={member.workspaceId}
          conversationId={c.id}
          visitorName={visitor}
          agentName={member.name}
          timeZone={member.timeZone}
          teammates={teammates
            .filter((t) => t.userId !== member.userId)
            .map((t) => ({ userId: t.userId, name: t.name }))}
          messages={messages}
          seenAt={seenAt?.toISOString() ?? null}
        />
        <NotificationExplanations events={explanations} />
      </div>
      <aside aria-label="Details" className="flex flex-col gap-6 lg:pt-16">
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-slate-500">Visitor</dt>
          <dd className="truncate">{summary.visitorName ?? "Unknown"}</dd>
          <dt className="text-slate-500">Email</dt>
          <dd className="truncate">{summary.visitorEmail ?? "Unknown"}</dd>
          <dt className="text-slate-500">Phone</dt>
          <dd>
            {phone?.phone ?? "Unknown"}
            {/* FU9: agents see why no text goes out. */}
            {phone?.optedOutKeyword && (
              <span className="block text-xs text-amber-700">
                Opted out of texts (
                {phone.optedOutKeyword === "21610" ? "unsubscribed at Twilio" : phone.optedOutKeyword})
              </span>
            )}
          </dd>
          <dt className="text-slate-500">Assignee</dt>
          <dd className="truncate">{summary.assigneeName ?? "Unassigned"}</dd>
          <dt className="text-slate-500">Group</dt>
          <dd className="truncate">{group?.name ?? "None"}</dd>
          <dt className="text-slate-500">Started by</dt>
          <dd>{c.initiator === "agent" ? "An agent" : "The visitor"}</dd>
        </dl>
        <ConversationControls
          conversationId={c.id}
          status={c.status}
          assigneeId={c.assigneeId}
          groupId={c.groupId}
          teammates={teammates.map((t) => ({ userId: t.userId, name: t.name }))}
          groups={groups.map((g) => ({ id: g.id, name: g.name }))}
        />
        <AssistanceToggle conversationId={c.id} pressed={c.needsAssistance} />
      </aside>
    </div>
  );
}
