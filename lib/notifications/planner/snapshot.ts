// Everything a rule may read, loaded by one query set per event before planning (a constant number of
// queries). Derived states (availability, presence) arrive already computed, so rules stay pure.
import type { AgentPresence } from "@/lib/presence/agent-presence";
import type { PreferenceSettings } from "./preferences";

export const roles = ["admin", "supervisor", "agent"] as const; // as db/schema; no database import here
export type Role = (typeof roles)[number];

// Computed before planning: DND with its end time (lib/availability), the weekly schedule in the agent's zone.
export type Availability = "available" | "dnd" | "off_schedule";

export interface MemberFacts {
  userId: string;
  role: Role;
  availability: Availability;
  presence: AgentPresence;
  preferences: PreferenceSettings; // the user's own choices only; see resolvePreference
  liveViewNotifications: boolean; // LV4, the toggle on the Live Views page
  slackUserId: string | null; // Slack user mapping
  onSupervisorDashboard: boolean; // AS1
}

export interface RoutingGroupFacts {
  id: string;
  memberIds: readonly string[];
  slackChannelId: string | null; // SK1
}

export interface UnreadAgentMessage {
  messageId: string;
  marketing: boolean; // FU2
}

export interface ConversationFacts {
  id: string;
  status: "open" | "closed";
  initiator: "visitor" | "agent";
  assigneeId: string | null;
  group: RoutingGroupFacts | null;
  visitorEverReplied: boolean; // FU2
  unreadByVisitor: readonly UnreadAgentMessage[]; // agent messages the visitor has not read, oldest first
}

export interface VisitorFacts {
  id: string;
  email: string | null;
  phone: string | null;
  // Where a follow-up email reaches them (FU4): the signed email, else the unverified one they gave in the widget;
  // null once it bounced hard or they complained (FU9). Never used to match an account: `email` is.
  contactEmail: string | null;
  // Where a follow-up text reaches them (FU4): the signed phone, else the one they gave in the widget.
  contactPhone: string | null;
  textOptedOut: boolean; // FU9: that number texted STOP (or Twilio refused it as unsubscribed)
  hasMobilePushToken: boolean; // FU3
}

export interface AccountOwner {
  crmUserId: string | null; // null for owners set in Settings → Accounts (no CRM behind them)
  userId: string | null; // LV2: null while the CRM user is not mapped to a chat user
}

export interface AccountFacts {
  id: string;
  target: boolean; // SK4: a target account of account-based marketing
  owners: readonly AccountOwner[];
}

export interface SlackIntegration {
  globalChannelId: string | null; // SK5: "Global channel" ON when set
}

export interface Snapshot {
  workspace: {
    liveViewNotifications: boolean; // LV3
    preferenceDefaults: PreferenceSettings; // IC2, set by admins
    followUps: { sms: boolean; email: boolean }; // FU4, Follow-up settings
  };
  integrations: {
    slack: SlackIntegration | null; // null: Slack not connected
    accountBasedRouting: boolean; // LV2: a CRM integration with Account-Based Routing on
  };
  members: readonly MemberFacts[]; // every member of the workspace
  conversation: ConversationFacts | null;
  visitor: VisitorFacts | null;
  account: AccountFacts | null; // the visitor's account (company)
  slaTimer: { state: "running" | "met" | "cancelled" } | null; // SL3, for sla.* events
  // Once keys of earlier *sent* decisions for this visit or conversation (LV7, SL3, follow-ups).
  alreadyNotified: ReadonlySet<string>;
}
