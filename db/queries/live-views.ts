// Live Views: visitors whose visit is still going (activity in the last 30 min, or online now; not ended).
import { and, desc, eq, gt, isNull, not, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { visitors, visits } from "../schema";
import { matchedAccountSql, normalizedPhoneSql } from "./account-match";

const liveVisitorColumns = {
  visitorId: visitors.id,
  visitId: visits.id,
  name: visitors.name,
  email: visitors.email,
  unverifiedName: visitors.unverifiedName,
  unverifiedEmail: visitors.unverifiedEmail,
  currentUrl: visits.currentUrl,
  currentTitle: visits.currentTitle,
  pageViews: visits.pageViews,
  startedAt: visits.startedAt,
  lastActivityAt: visits.lastActivityAt,
  lastHeartbeatAt: visits.lastHeartbeatAt,
  pageHidden: visits.pageHidden,
  idle: visits.idle,
  leftAt: visits.leftAt,
  // The matched account's name, as a correlated subquery: still one query for the whole list.
  accountName: sql<string | null>`${matchedAccountSql(
    "name",
    visits.workspaceId,
    visitors.email,
    normalizedPhoneSql(visitors.phone),
  )}`,
};

export async function listLiveVisitors(db: Db, workspaceId: string, since: Date, limit = 500) {
  return (
    db
      .select(liveVisitorColumns)
      .from(visits)
      .innerJoin(visitors, eq(visitors.id, visits.visitorId))
      .where(
        and(
          eq(visits.workspaceId, workspaceId),
          isNull(visits.endedAt),
          // An online visitor has been active until now (lib/presence/visitor-presence.ts, lastActiveAt).
          or(
            gt(visits.lastActivityAt, since),
            and(isNull(visits.leftAt), not(visits.pageHidden), not(visits.idle)),
          ),
        ),
      )
      // Known visitors first (RULES.md: Live Views), then the most recently active.
      .orderBy(sql`(${visitors.email} is null)`, desc(visits.lastActivityAt))
      .limit(limit)
  );
}

export async function findLiveVisitor(db: Db, workspaceId: string, visitId: string) {
  const [row] = await db
    .select(liveVisitorColumns)
    .from(visits)
    .innerJoin(visitors, eq(visitors.id, visits.visitorId))
    .where(and(eq(visits.workspaceId, workspaceId), eq(visits.id, visitId)));
  return row;
}
