import { boolean, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { conversations } from "./conversations";
import { workspaces } from "./workspaces";

// What each open tab of the agent app last reported (RULES.md "Agent presence"). A tab that has not reported
// for AGENT_TAB_TIMEOUT_MS (lib/presence/agent-presence-constants.ts) is gone; an agent with no live tab is away. lib/presence/agent-presence.ts
// turns these signals into viewing / active / background / away.
export const agentTabs = pgTable(
  "agent_tabs",
  {
    workspaceId: uuid()
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tabId: text().notNull(),
    visible: boolean().notNull(),
    focused: boolean().notNull(),
    conversationId: uuid().references(() => conversations.id, { onDelete: "set null" }),
    // The agent app page the tab shows when it matters to a rule (AS1 "on the supervisor dashboard"); null
    // for any other page. Text rather than an enum so a new page needs no migration of existing rows.
    page: text().$type<AgentPage>(),
    lastInputAt: timestamp({ withTimezone: true }),
    reportedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.tabId] }), index().on(t.workspaceId, t.reportedAt)],
);

// Pages a notification rule cares about (lib/presence/tab-report.ts pageFromPath).
export const agentPages = ["supervisor"] as const;
export type AgentPage = (typeof agentPages)[number];

export type AgentTab = typeof agentTabs.$inferSelect;
