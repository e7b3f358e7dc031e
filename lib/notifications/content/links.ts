// Where a notification leads, as absolute links built from APP_URL (never from a request): emails, pushes and
// Slack messages are opened outside the app.
import { env } from "@/lib/env";

const appLink = (path: string, appUrl = env().APP_URL) => new URL(path, appUrl).toString();

export const conversationUrl = (conversationId: string, appUrl?: string) =>
  appLink(`/inbox/${encodeURIComponent(conversationId)}`, appUrl);

// LV6: Live Views with the visitor who triggered the notification highlighted.
export const liveViewUrl = (visitorId: string, appUrl?: string) =>
  appLink(`/live?visitor=${encodeURIComponent(visitorId)}`, appUrl);

export const notificationCenterUrl = (appUrl?: string) => appLink("/notifications", appUrl);

export const integrationsUrl = (appUrl?: string) => appLink("/settings/integrations", appUrl);
