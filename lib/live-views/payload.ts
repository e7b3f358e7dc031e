// A Live Views row as the agent app receives it, on first render and on every `visitor.updated` event.
import type { findLiveVisitor } from "@/db/queries/live-views";
import { channels } from "@/lib/realtime/channels";
import type { LiveVisitorPayload } from "@/lib/realtime/events";
import { type Publication, publication } from "@/lib/realtime/publish";

type Row = NonNullable<Awaited<ReturnType<typeof findLiveVisitor>>>;

// Until accounts exist (CRM, Settings → Accounts), the company is read from a work email's domain.
const FREE_MAIL = new Set([
  "gmail.com",
  "yahoo.com",
  "hotmail.com",
  "outlook.com",
  "icloud.com",
  "proton.me",
]);
export function companyOf(email: string | null): string | null {
  const domain = email?.split("@")[1]?.toLowerCase();
  if (!domain || FREE_MAIL.has(domain)) return null;
  return domain;
}

export function toLiveVisitorPayload(row: Row): LiveVisitorPayload {
  return {
    visitorId: row.visitorId,
    visitId: row.visitId,
    name: row.name,
    email: row.email,
    company: companyOf(row.email),
    currentUrl: row.currentUrl,
    currentTitle: row.currentTitle,
    pageViews: row.pageViews,
    startedAt: row.startedAt.toISOString(),
    lastActivityAt: row.lastActivityAt.toISOString(),
    lastHeartbeatAt: row.lastHeartbeatAt.toISOString(),
    pageHidden: row.pageHidden,
    leftAt: row.leftAt?.toISOString() ?? null,
  };
}

export const visitorUpdated = (workspaceId: string, row: Row): Publication =>
  publication(channels.workspace(workspaceId), "visitor.updated", toLiveVisitorPayload(row));
