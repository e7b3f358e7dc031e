// Retention deletes (lib/retention/run.ts): each call deletes at most `limit` rows of one kind in one workspace,
// as its own short statement, so a large backlog never becomes one huge transaction. Nothing a still-open
// conversation needs is deleted (its visitor's page views, its decisions and notifications), nor a decision
// whose delivery is still waiting to be sent.
import { sql } from "drizzle-orm";
import type { Db } from "../client";

export interface BatchDelete {
  workspaceId: string;
  before: Date;
  limit: number;
}

const deleted = async (db: Db, query: ReturnType<typeof sql>) => {
  const rows = (await db.execute(query)) as unknown as { rows?: unknown[] } | unknown[];
  return Array.isArray(rows) ? rows.length : (rows.rows?.length ?? 0);
};

// Page views older than the cutoff, except those of a visitor whose conversation is still open.
export const deletePageViews = (db: Db, { workspaceId, before, limit }: BatchDelete) =>
  deleted(
    db,
    sql`delete from page_views where id in (
      select pv.id from page_views pv join visits v on v.id = pv.visit_id
      where pv.workspace_id = ${workspaceId} and pv.created_at < ${before}
        and not exists (select 1 from conversations c
          where c.visitor_id = v.visitor_id and c.status = 'open')
      limit ${limit}) returning id`,
  );

// Visitors last seen before the cutoff who never started a conversation (their visits and page views go with
// them, by cascade).
export const deleteVisitorsWithoutConversation = (db: Db, { workspaceId, before, limit }: BatchDelete) =>
  deleted(
    db,
    sql`delete from visitors where id in (
      select vi.id from visitors vi
      where vi.workspace_id = ${workspaceId} and vi.last_seen_at < ${before}
        and not exists (select 1 from conversations c where c.visitor_id = vi.id)
      limit ${limit}) returning id`,
  );

// Decisions older than the cutoff (their deliveries go by cascade), except those about an open conversation
// and those whose delivery still waits to be sent.
export const deleteDecisions = (db: Db, { workspaceId, before, limit }: BatchDelete) =>
  deleted(
    db,
    sql`delete from decisions where id in (
      select d.id from decisions d
      where d.workspace_id = ${workspaceId} and d.created_at < ${before}
        and not exists (select 1 from conversations c where c.id = d.conversation_id and c.status = 'open')
        and not exists (select 1 from deliveries dl
          where dl.decision_id = d.id and dl.status in ('pending', 'sending'))
      limit ${limit}) returning id`,
  );

// Events older than the cutoff with no decision left (deleting one with decisions would cascade to them).
export const deleteEventsWithoutDecisions = (db: Db, { workspaceId, before, limit }: BatchDelete) =>
  deleted(
    db,
    sql`delete from notification_events where id in (
      select e.id from notification_events e
      where e.workspace_id = ${workspaceId} and e.occurred_at < ${before}
        and not exists (select 1 from decisions d where d.event_id = e.id)
      limit ${limit}) returning id`,
  );

// Notification-center entries older than the cutoff, except those about an open conversation.
export const deleteNotifications = (db: Db, { workspaceId, before, limit }: BatchDelete) =>
  deleted(
    db,
    sql`delete from notifications where id in (
      select n.id from notifications n
      where n.workspace_id = ${workspaceId} and n.created_at < ${before}
        and not exists (select 1 from conversations c where c.id = n.conversation_id and c.status = 'open')
      limit ${limit}) returning id`,
  );

// Sign-in throttling counters (every workspace's): a window that began before the cutoff and no delay pending.
export const deleteSignInAttempts = (db: Db, before: Date, now: Date, limit: number) =>
  deleted(
    db,
    sql`delete from sign_in_attempts where key in (
      select s.key from sign_in_attempts s
      where s.window_started_at < ${before} and (s.next_attempt_at is null or s.next_attempt_at < ${now})
      limit ${limit}) returning key`,
  );
