// What a member of workspace B sends to every server action and member route, with workspace A's ids. Every
// exported action of every "use server" module and every route file is here, or listed with the reason it takes
// no workspace's ids; the isolation test fails on anything the code has and these lists do not.
import { channels } from "@/lib/realtime/channels";

export interface IdsOfA {
  workspaceId: string;
  publicKey: string;
  conversationId: string;
  visitorId: string;
  accountId: string;
  contactId: string;
  groupId: string; // Sales, the default group
  otherGroupId: string; // Support
  agentId: string;
  adminId: string;
  invitationId: string;
  notificationId: string;
  slaPolicyId: string;
  crmConnectionId: string;
  pushEndpoint: string;
  pushSubscriptionId: string; // the agent's browser push device (Settings → Notifications → Your devices)
  deliveryId: string; // one of A's deliveries (a push receipt names one)
  deviceToken: string; // an FCM token registered for A's visitor (the mobile API)
  checkoutSessionId: string; // the Stripe Checkout session that saved A's card (Settings → Billing)
}

export interface OwnOfB {
  publicKey: string;
  visitorToken: string; // a genuine visitor token of B
}

// Inputs by exported action name. Actions that take no id still run: they must change B only.
export const actionInputs: Record<string, (a: IdsOfA) => Record<string, unknown>> = {
  addAccountContact: (a) => ({
    accountId: a.accountId,
    name: "Intruder",
    email: "intruder@b.test",
    phone: "",
  }),
  addInternalNote: (a) => ({ conversationId: a.conversationId, body: "note", mentionedUserIds: [a.agentId] }),
  assignConversation: (a) => ({
    conversationId: a.conversationId,
    assigneeId: a.agentId,
    groupId: a.groupId,
  }),
  changeMemberRole: (a) => ({ userId: a.agentId, role: "admin" }),
  clearAssistance: (a) => ({ conversationId: a.conversationId }),
  connectHubSpot: () => ({ token: "pat-intruder-0123456789" }),
  connectPardot: () => ({ businessUnitId: "0Uv000000000001AAA" }),
  connectSlack: () => ({ botToken: "xoxb-intruder", signingSecret: "0123456789abcdef0123456789abcdef" }),
  createAccount: () => ({ name: "B's account", domains: "b-account.test" }),
  createRoutingGroup: () => ({ name: "Beta Support" }),
  syncCrmNow: (a) => ({ connectionId: a.crmConnectionId, kind: "full" }),
  setCrmRouting: (a) => ({ connectionId: a.crmConnectionId, on: false }),
  mapCrmOwner: (a) => ({ connectionId: a.crmConnectionId, crmUserId: "1", userId: a.agentId }),
  disconnectCrm: (a) => ({ connectionId: a.crmConnectionId }),
  deleteAccount: (a) => ({ accountId: a.accountId }),
  deleteRoutingGroup: (a) => ({ groupId: a.otherGroupId }),
  deleteSlaPolicy: (a) => ({ policyId: a.slaPolicyId }),
  disconnectSlack: () => ({}),
  importAccounts: () => ({ csv: "name,domains\nImported,imported-b.test\n" }),
  inviteTeammate: () => ({ email: "newcomer@b.test", role: "agent" }),
  makeDefaultRoutingGroup: (a) => ({ groupId: a.otherGroupId }),
  markAllNotificationsRead: () => ({}),
  markConversationRead: (a) => ({ conversationId: a.conversationId }),
  markNotificationRead: (a) => ({ notificationId: a.notificationId }),
  addSmsCredit: () => ({ amount: "10", requestId: "0b7c2d0e-7d0f-4c1e-9a55-1a2b3c4d5e6f" }),
  resetSmsPrice: () => ({ countryCode: "US" }),
  saveSmsPrice: () => ({ countryCode: "US", perSegmentCents: "5" }),
  setAutoCharge: () => ({ enabled: "off", amount: "20", threshold: "5" }),
  startCardSetup: () => ({}),
  addFollowUpSenderDomain: () => ({ domain: "mail.b.test" }),
  checkFollowUpSenderDomain: () => ({}),
  qualifyConversation: (a) => ({ conversationId: a.conversationId, qualification: null }),
  removeFollowUpSenderDomain: () => ({}),
  removeMyPushDevice: (a) => ({ id: a.pushSubscriptionId }),
  removePushCredentials: () => ({ provider: "fcm" }),
  savePushCredentials: () => ({
    provider: "apns",
    keyId: "ABCDEFGHIJ",
    teamId: "ABCDEFGHIJ",
    privateKey: "x",
  }),
  saveRetentionSettings: () => ({ pageViews: "30", visitors: "30", decisions: "30", notifications: "30" }),
  saveSandboxPushCredentials: () => ({}),
  saveWhatsappTemplate: () => ({ contentSid: "" }),
  sendTestPush: () => ({ provider: "fcm", deviceToken: "intruder-device-token" }),
  setFollowUpTexts: () => ({ on: false }),
  setSlackUseChannelIdsAction: () => ({ on: true }),
  setSlackUserMapping: (a) => ({ userId: a.agentId, slackUserId: "U0INTRUDER" }),
  previewAccountImport: () => ({ csv: "name,domains\nPreview,preview-b.test\n" }),
  removeAccountContact: (a) => ({ contactId: a.contactId }),
  removeTeammate: (a) => ({ userId: a.agentId }),
  renameRoutingGroup: (a) => ({ groupId: a.groupId, name: "Taken over" }),
  replyToConversation: (a) => ({ conversationId: a.conversationId, body: "hello from B" }),
  requestAssistance: (a) => ({ conversationId: a.conversationId }),
  revealIdentitySecret: () => ({}),
  revokeInvitation: (a) => ({ invitationId: a.invitationId }),
  rotateIdentitySecret: () => ({}),
  rotateWidgetSecret: () => ({}),
  saveAvailabilitySchedule: () => ({ timeZone: "UTC", enabled: true, intervals: [] }),
  saveSlaPolicy: (a) => ({ groupId: a.groupId, firstResponse: "5", firstResponseUnit: "minutes" }),
  sendTestNotification: () => ({ channel: "in_app" }),
  setAccountBasedRouting: () => ({ on: false }),
  setAccountOwners: (a) => ({ accountId: a.accountId, owners: [a.agentId] }),
  setAllowedOrigins: () => ({ origins: "https://b.test" }),
  setAvailability: () => ({ choice: "dnd_for_an_hour" }),
  setConversationStatus: (a) => ({ conversationId: a.conversationId, status: "closed" }),
  setFollowUpEmail: () => ({ on: false }),
  setIdentityVerification: () => ({ legacy: true }),
  setMyNotificationToggle: () => ({ setting: "sound", enabled: false }),
  setNotificationPreference: () => ({ key: "me.email", value: "off" }),
  setRoutingGroupMembers: (a) => ({ groupId: a.groupId, members: [] }),
  setSlackChannel: (a) => ({ groupId: a.groupId, channelId: "C0INTRUDER" }),
  setWorkspaceNotificationDefault: () => ({ key: "team.email", value: "on" }),
  setWorkspaceSwitch: () => ({ name: "showMessageText", enabled: false }),
  startChatWithVisitor: (a) => ({ visitorId: a.visitorId, body: "hello from B" }),
  updateAccount: (a) => ({ accountId: a.accountId, name: "Taken over", domains: "" }),
  updateProfile: () => ({ name: "B admin", timeZone: "UTC" }),
};

// "use server" modules whose exports are not member actions: each acts on the caller's own session or on a
// secret token, never on a workspace id.
export const actionsWithoutWorkspaceIds: Record<string, string> = {
  "lib/actions/accept-invitation.ts":
    "an invitation's secret token (stored hashed) is the capability to join",
  "lib/actions/change-password.ts": "the caller's own password",
  "lib/actions/create-first-workspace.ts": "only while no workspace exists, with the setup token",
  "lib/actions/public-action-state.ts":
    "a helper of the public actions (their answer to bad input), not an action",
  "lib/actions/request-password-reset.ts":
    "an email address; the answer is the same whether it has an account",
  "lib/actions/reset-password.ts": "a secret reset token",
  "lib/actions/send-sign-in-link.ts": "an email address; limited per address and per IP",
  "lib/actions/sign-in-with-password.ts": "credentials; limited per email and per IP",
  "lib/actions/sign-out.ts": "the caller's own session",
  "lib/actions/sign-out-everywhere.ts": "the caller's own sessions",
};

export interface RouteCall {
  method: string;
  path: string;
  body?: unknown; // JSON, or a string sent as it is
  contentType?: string;
  params?: Record<string, string>;
  bearer?: string;
}

// Route files called by B (signed in as B's admin, and B's visitor for the widget) with A's ids.
export const routeCalls: Record<string, (a: IdsOfA, b: OwnOfB) => RouteCall[]> = {
  // Stripe Checkout's return with A's session: it must not save A's card into B's wallet (checked apart).
  "app/api/billing/card/route.ts": (a) => [
    { method: "GET", path: `/api/billing/card?checkout=${a.checkoutSessionId}` },
  ],
  "app/api/integrations/crm/[connectionId]/route.ts": (a) => [
    {
      method: "GET",
      path: `/api/integrations/crm/${a.crmConnectionId}`,
      params: { connectionId: a.crmConnectionId },
    },
  ],
  "app/api/push/subscriptions/route.ts": (a) => [
    { method: "DELETE", path: "/api/push/subscriptions", body: { endpoint: a.pushEndpoint } },
  ],
  "app/api/presence/route.ts": (a) => [
    {
      method: "POST",
      path: "/api/presence",
      body: { tabId: "tab-of-b-0001", visible: true, focused: true, conversationId: a.conversationId },
    },
  ],
  "app/api/push/vapid-public-key/route.ts": () => [{ method: "GET", path: "/api/push/vapid-public-key" }],
  "app/api/realtime/auth/route.ts": (a, b) =>
    [
      channels.conversation(a.conversationId),
      channels.user(a.agentId),
      channels.workspace(a.workspaceId),
      channels.visitor(a.visitorId),
      `presence-workspace-${a.workspaceId}`,
    ].flatMap((channel) => [
      {
        method: "POST",
        path: "/api/realtime/auth",
        contentType: "application/x-www-form-urlencoded",
        body: new URLSearchParams({ socket_id: "1.1", channel_name: channel }).toString(),
      },
      {
        method: "POST",
        path: "/api/realtime/auth",
        contentType: "application/x-www-form-urlencoded",
        body: new URLSearchParams({
          socket_id: "1.1",
          channel_name: channel,
          visitor_key: b.publicKey,
          visitor_token: b.visitorToken,
        }).toString(),
      },
    ]),
  "app/api/widget/read/route.ts": (a, b) => [
    {
      method: "POST",
      path: "/api/widget/read",
      bearer: b.visitorToken,
      body: { key: b.publicKey, conversationId: a.conversationId },
    },
  ],
  "app/api/widget/cancel/route.ts": (a, b) => [
    {
      method: "POST",
      path: "/api/widget/cancel",
      bearer: b.visitorToken,
      body: { key: b.publicKey, conversationId: a.conversationId },
    },
  ],
  "app/api/widget/messages/route.ts": (a, b) => [
    {
      method: "POST",
      path: "/api/widget/messages",
      bearer: b.visitorToken,
      body: { key: a.publicKey, body: "hi" },
    },
  ],
  "app/api/widget/conversation/route.ts": (a, b) => [
    { method: "GET", path: `/api/widget/conversation?key=${a.publicKey}`, bearer: b.visitorToken },
  ],
  "app/api/widget/session/route.ts": (a, b) => [
    { method: "POST", path: "/api/widget/session", bearer: b.visitorToken, body: { key: a.publicKey } },
  ],
  "app/api/widget/pageview/route.ts": (a, b) => [
    {
      method: "POST",
      path: "/api/widget/pageview",
      bearer: b.visitorToken,
      body: { key: a.publicKey, url: "https://a.test/" },
    },
  ],
  "app/api/widget/heartbeat/route.ts": (a, b) => [
    {
      method: "POST",
      path: "/api/widget/heartbeat",
      bearer: b.visitorToken,
      body: { key: a.publicKey, hidden: false, idle: false },
    },
  ],
  "app/api/widget/identify/route.ts": (a, b) => [
    {
      method: "POST",
      path: "/api/widget/identify",
      bearer: b.visitorToken,
      body: { key: a.publicKey, name: "Intruder" },
    },
  ],
  "app/api/widget/contact/route.ts": (a, b) => [
    {
      method: "POST",
      path: "/api/widget/contact",
      bearer: b.visitorToken,
      body: { key: a.publicKey, email: "i@b.test" },
    },
  ],
  "app/api/widget/contact-answer/route.ts": (a, b) => [
    {
      method: "POST",
      path: "/api/widget/contact-answer",
      bearer: b.visitorToken,
      body: { key: a.publicKey, email: "i@b.test" },
    },
  ],
  "app/api/mobile/devices/route.ts": (a, b) => [
    {
      method: "POST",
      path: "/api/mobile/devices",
      bearer: b.visitorToken,
      body: { key: a.publicKey, provider: "fcm", deviceToken: "intruder-token-1", appId: "test.b" },
    },
    // B's own key with A's device token: B gets a row of its own; A's row stays A's.
    {
      method: "POST",
      path: "/api/mobile/devices",
      bearer: b.visitorToken,
      body: { key: b.publicKey, provider: "fcm", deviceToken: a.deviceToken, appId: "test.b" },
    },
    {
      method: "DELETE",
      path: "/api/mobile/devices",
      bearer: b.visitorToken,
      body: { key: b.publicKey, provider: "fcm", deviceToken: a.deviceToken },
    },
    {
      method: "DELETE",
      path: "/api/mobile/devices",
      bearer: b.visitorToken,
      body: { key: a.publicKey, provider: "fcm", deviceToken: a.deviceToken },
    },
  ],
  "app/api/mobile/push-receipts/route.ts": (a, b) => [
    {
      method: "POST",
      path: "/api/mobile/push-receipts",
      bearer: b.visitorToken,
      body: { key: b.publicKey, deliveryId: a.deliveryId },
    },
    {
      method: "POST",
      path: "/api/mobile/push-receipts",
      bearer: b.visitorToken,
      body: { key: a.publicKey, deliveryId: a.deliveryId },
    },
  ],
  "app/api/widget/leave/route.ts": (a, b) => [
    { method: "POST", path: "/api/widget/leave", bearer: b.visitorToken, body: { key: a.publicKey } },
  ],
};

// Route files that take no workspace's ids from a member or a visitor.
export const routesWithoutWorkspaceIds: Record<string, string> = {
  "app/(app)/settings/follow-ups/mailbox/reply/route.ts":
    "the development sandbox's mailbox: an email id of the sandbox, no workspace data",
  "app/(app)/settings/follow-ups/device/act/route.ts":
    "the development push sandbox's phone (404 without it): acts on the caller's own workspace and its key",
  "app/(app)/settings/follow-ups/phone/control/route.ts":
    "the development texts sandbox's phone (404 without it): a phone number and a text, no workspace data",
  "app/api/auth/[...nextauth]/route.ts": "Auth.js: the caller's own session",
  "app/api/cron/sms-credit/route.ts": "the cron secret; every paid workspace's monthly credit, none chosen",
  "app/api/cron/retention/route.ts":
    "the cron secret; every workspace's retention, none chosen by the caller",
  "app/api/integrations/hubspot/callback/route.ts":
    "the caller's own workspace, bound to the OAuth state (stored hashed, with the admin who began it)",
  "app/api/integrations/hubspot/connect/route.ts": "starts the caller's own workspace's OAuth consent",
  "app/api/integrations/slack/connect/route.ts": "starts the caller's own workspace's Slack install",
  "app/api/integrations/slack/oauth/route.ts":
    "the caller's own workspace, bound to the OAuth state cookie and its stored hash",
  "app/api/webhooks/slack/interactivity/route.ts":
    "signed with the Slack team's own signing secret; the team names the workspace (fuzzed)",
  "app/api/webhooks/twilio/inbound/route.ts":
    "signed by Twilio; the sender's phone names the visitor (fuzzed)",
  "app/api/webhooks/twilio/status/route.ts": "signed by Twilio; a message sid names the text (fuzzed)",
  "app/api/cron/crm-sync/route.ts": "the cron secret; every workspace's sync, none chosen by the caller",
  "app/api/cron/deliveries/route.ts": "the cron secret; every due delivery, none chosen by the caller",
  "app/api/health/route.ts": "no data",
  "app/api/integrations/salesforce/callback/route.ts":
    "the caller's own workspace, bound to the OAuth state cookie",
  "app/api/integrations/salesforce/connect/route.ts": "starts the caller's own workspace's OAuth consent",
  "app/api/realtime/webhooks/route.ts": "signed by the realtime server; channel names only (fuzzed)",
  "app/api/webhooks/resend/route.ts":
    "signed by Resend; a reply token (secret) names the conversation (fuzzed)",
  "app/api/webhooks/slack/events/route.ts": "signed with the Slack team's own signing secret (fuzzed)",
  "app/c/[token]/route.ts": "a signed continue-link token (fuzzed)",
  "app/widget/continue/[token]/route.ts": "a signed continue-link token (fuzzed)",
  "app/widget/frame/route.ts": "a public widget key, public by design (the frame's HTML has no data)",
};
