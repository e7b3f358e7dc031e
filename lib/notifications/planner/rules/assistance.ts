// AS1: "Need assistance" reaches every supervisor (not admins): in-app on the supervisor dashboard, a browser
// notification otherwise (Web Push when their app is closed). AS2: clearing it notifies nobody.
import { type Rule, send, supervisorsOf, suppress, toUser, unavailability } from "../context";
import type { Decision } from "../decision";

export const assistanceRequestedRule: Rule<"assistance.requested"> = (ctx) => {
  const decisions: Decision[] = [];
  for (const s of supervisorsOf(ctx)) {
    if (s.userId === ctx.event.requestedBy) continue; // a supervisor asking for help does not alert themself
    const to = toUser(s.userId);
    const unavailable = unavailability(s);
    const onDashboard = s.onSupervisorDashboard && !unavailable;
    decisions.push(
      send(ctx, "AS1", to, "in_app", {
        presentation: { notificationCenter: true, toast: onDashboard, sound: onDashboard },
      }),
    );
    if (s.onSupervisorDashboard) continue;
    const channel = s.presence.state === "away" ? "web_push" : "browser";
    decisions.push(
      unavailable ? suppress(ctx, "AS1", to, channel, unavailable) : send(ctx, "AS1", to, channel),
    );
  }
  return decisions;
};

export const assistanceClearedRule: Rule<"assistance.cleared"> = () => [];
