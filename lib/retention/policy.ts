// Data retention (issue 9): what each workspace keeps and for how long. Defaults per the issue; notifications
// (the in-app center) decided here: 180 days, like the decisions that explain them (docs/decisions.md).
import { z } from "zod";
import type { RetentionSettings } from "@/db/schema";

export const retentionKinds = ["pageViews", "visitors", "decisions", "notifications"] as const;
export type RetentionKind = (typeof retentionKinds)[number];

export const defaultRetentionDays: Record<RetentionKind, number> = {
  pageViews: 30,
  visitors: 90, // visitors who never started a conversation
  decisions: 180, // decisions, their deliveries and the events left with no decision
  notifications: 180,
};

// Sign-in attempt counters (sign-in throttling) are not a workspace's data: one day for every install.
export const SIGN_IN_ATTEMPT_DAYS = 1;

export const retentionLabels: Record<RetentionKind, string> = {
  pageViews: "Page views",
  visitors: "Visitors with no conversation",
  decisions: "Notification decisions and deliveries",
  notifications: "Notification-center entries",
};

const column: Record<RetentionKind, keyof RetentionSettings> = {
  pageViews: "pageViewDays",
  visitors: "visitorDays",
  decisions: "decisionDays",
  notifications: "notificationDays",
};
export const retentionColumn = column;

export function retentionDays(settings: RetentionSettings | null | undefined): Record<RetentionKind, number> {
  const days = { ...defaultRetentionDays };
  for (const kind of retentionKinds) {
    const stored = settings?.[column[kind]];
    if (typeof stored === "number") days[kind] = stored;
  }
  return days;
}

const DAY_MS = 24 * 60 * 60 * 1000;
export const cutoff = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

// Settings → Deliveries form: whole days from 1 to 10 years; each field named in its error.
const daysField = (label: string) =>
  z.coerce
    .number({ error: `${label}: enter a number of days` })
    .int(`${label}: whole days`)
    .min(1, `${label}: at least 1 day`)
    .max(3650, `${label}: at most 3650 days`);

export const retentionFormSchema = z.object({
  pageViews: daysField(retentionLabels.pageViews),
  visitors: daysField(retentionLabels.visitors),
  decisions: daysField(retentionLabels.decisions),
  notifications: daysField(retentionLabels.notifications),
});
