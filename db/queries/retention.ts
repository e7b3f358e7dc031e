// Retention deletes (lib/retention/run.ts): each call deletes at most `limit` rows of one kind in one workspace,
// as its own short statement, so a large backlog never becomes one huge transaction. Nothing a still-open
// conversation needs is deleted (its visitor's page views, its decisions and notifications), nor a decision
// whose delivery is still waiting to be sent.
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../client";
import { executeRows } from "./raw-rows";

export interface BatchDelete {
  workspaceId: string;
  before: Date;
  limit: number;
}

// Raw SQL passes values to the driver as they are, and postgres.js takes no Date there: ISO text, cast.
const timestampOf = (d: Date) => sql`${d.toISOString()}::timestamptz`;

const deleted = async (db: Db, query: SQL) => (await executeRows(db, query)).length;

// Deletes the rows of `table` whose key `pick` selects (it ends with a limit): one short statement.
const deleteSome = (db: Db, table: string, key: string, pick: SQL) =>
  deleted(
    db,
    sql`delete from ${sql.identifier(table)} where ${sql.identifier(key)} in (${pick}) returning ${sql.identifier(key)}`,
  );

// A deleter of one batch of one workspace's `table` rows (as `x`) older than the cutoff in column `at`, that
// match `keep`.
const olderRows =
  (table: string, at: string, keep: SQL) =>
  (db: Db, { workspaceId, before, limit }: BatchDelete) =>
    deleteSome(
      db,
      table,
      "id",
      sql`select x.id from ${sql.identifier(table)} x
      where x.workspace_id = ${workspaceId} and x.${sql.identifier(at)} < ${timestampOf(before)} and ${keep} limit ${limit}`,
    );

// Page views older than the cutoff, except those of a visitor whose conversation is still open.
export const deletePageViews = olderRows(
  "page_views",
  "created_at",
  sql`not exists (select 1 from visits v join conversations c on c.visitor_id = v.visitor_id
        where v.id = x.visit_id and c.status = 'open')`,
);

// Visitors last seen before the cutoff who never started a conversation (their visits and page views go with
// them, by cascade).
export const deleteVisitorsWithoutConversation = olderRows(
  "visitors",
  "last_seen_at",
  sql`not exists (select 1 from conversations c where c.visitor_id = x.id)`,
);

// Decisions older than the cutoff (their deliveries go by cascade), except those about an open conversation
// and those whose delivery still waits to be sent.
export const deleteDecisions = olderRows(
  "decisions",
  "created_at",
  sql`not exists (select 1 from conversations c where c.id = x.conversation_id and c.status = 'open')
        and not exists (select 1 from deliveries dl
          where dl.decision_id = x.id and dl.status in ('pending', 'sending'))`,
);

// Events older than the cutoff with no decision left (deleting one with decisions would cascade to them).
export const deleteEventsWithoutDecisions = olderRows(
  "notification_events",
  "occurred_at",
  sql`not exists (select 1 from decisions d where d.event_id = x.id)`,
);

// Notification-center entries older than the cutoff, except those about an open conversation.
export const deleteNotifications = olderRows(
  "notifications",
  "created_at",
  sql`not exists (select 1 from conversations c where c.id = x.conversation_id and c.status = 'open')`,
);

// Sign-in throttling counters (every workspace's): a window that began before the cutoff and no delay pending.
export const deleteSignInAttempts = (db: Db, before: Date, now: Date, limit: number) =>
  deleteSome(
    db,
    "sign_in_attempts",
    "key",
    sql`select s.key from sign_in_attempts s
      where s.window_started_at < ${timestampOf(before)} and (s.next_attempt_at is null or s.next_attempt_at < ${timestampOf(now)})
      limit ${limit}`,
  );
