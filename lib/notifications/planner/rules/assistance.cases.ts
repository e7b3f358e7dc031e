import type { CaseBook } from "../testing/cases";
import { conversation, events, member, presence, snapshot } from "../testing/fixtures";

const workspace = snapshot({
  members: [
    member("nadia"),
    member("sam", { role: "supervisor", onSupervisorDashboard: true, presence: presence.active }),
    member("sue", { role: "supervisor", presence: presence.background }),
    member("sid", { role: "supervisor", presence: presence.away }),
    member("ada", { role: "admin", presence: presence.active }),
  ],
  conversation: conversation({ assigneeId: "nadia" }),
});

export const assistanceCases: CaseBook = {
  plan: [
    {
      name: "AS1: Need assistance notifies every supervisor: in-app on the dashboard, a browser notification otherwise; no admin",
      event: events.assistanceRequested("nadia"),
      snapshot: workspace,
      expect: [
        { to: "user:sam", channel: "in_app", reason: "sent", rule: "AS1", presentation: { toast: true } },
        { to: "user:sue", channel: "browser", reason: "sent", rule: "AS1" },
        {
          to: "user:sue",
          channel: "in_app",
          reason: "sent",
          presentation: { notificationCenter: true, toast: false },
        },
        { to: "user:sid", channel: "web_push", reason: "sent", rule: "AS1" },
        { to: "user:sid", channel: "in_app", reason: "sent" },
      ],
      absent: ["user:ada", "user:nadia", "user:sam/browser"],
      exactly: true,
    },
    {
      name: "AS1: a supervisor in DND keeps the notification-center entry, without the browser notification",
      event: events.assistanceRequested("nadia"),
      snapshot: snapshot({
        members: [member("sue", { role: "supervisor", availability: "dnd", presence: presence.background })],
      }),
      expect: [
        { to: "user:sue", channel: "in_app", reason: "sent" },
        { to: "user:sue", channel: "browser", reason: "dnd" },
      ],
      exactly: true,
    },
    {
      name: "AS2: clearing the flag notifies nobody",
      event: events.assistanceCleared("sam"),
      snapshot: workspace,
      expect: [],
      exactly: true,
    },
  ],
};
