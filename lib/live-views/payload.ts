// A Live Views row as the agent app receives it, on first render and on every `visitor.updated` event.
import type { findLiveVisitor } from "@/db/queries/live-views";
import { companyDomainOf } from "@/lib/accounts/domains";
import { channels } from "@/lib/realtime/channels";
import type { LiveVisitorPayload } from "@/lib/realtime/events";
import { type Publication, publication } from "@/lib/realtime/publish";

type Row = NonNullable<Awaited<ReturnType<typeof findLiveVisitor>>>;

// The matched account's name (Settings → Accounts); without one, a work email's domain still hints at
// the company, as before accounts existed.
export function companyOf(row: Pick<Row, "accountName" | "email">): string | null {
  return row.accountName ?? companyDomainOf(row.email);
}

export function toLiveVisitorPayload(row: Row): LiveVisitorPayload {
  return {
    visitorId: row.visitorId,
    visitId: row.visitId,
    name: row.name,
    email: row.email,
    unverifiedName: row.unverifiedName,
    unverifiedEmail: row.unverifiedEmail,
    company: companyOf(row),
    currentUrl: row.currentUrl,
    currentTitle: row.currentTitle,
    pageViews: row.pageViews,
    startedAt: row.startedAt.toISOString(),
    lastActivityAt: row.lastActivityAt.toISOString(),
    lastHeartbeatAt: row.lastHeartbeatAt.toISOString(),
    pageHidden: row.pageHidden,
    idle: row.idle,
    leftAt: row.leftAt?.toISOString() ?? null,
  };
}

export const visitorUpdated = (workspaceId: string, row: Row): Publication =>
  publication(channels.workspace(workspaceId), "visitor.updated", toLiveVisitorPayload(row));
