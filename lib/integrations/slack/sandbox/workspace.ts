// The Slack sandbox's in-memory workspace: a team, its users (Acme's teammates by email, plus one person no
// Herald member matches), channels with their members, and every message posted. Pure state, no HTTP.
export interface SandboxUser {
  id: string;
  name: string;
  realName: string;
  email: string;
}

export interface SandboxChannel {
  id: string;
  name: string;
  isPrivate: boolean;
  isIm: boolean;
  isArchived: boolean;
  members: Set<string>;
}

export interface SandboxMessage {
  channel: string;
  ts: string;
  threadTs?: string;
  user: string;
  text: string;
  blocks?: unknown[];
  botId?: string;
  ephemeralTo?: string; // chat.postEphemeral: seen by this user only
  username?: string;
}

// A modal opened with views.open (SK9), until the sandbox page submits or dismisses it.
export interface SandboxView {
  id: string;
  user: string; // who pressed the button that opened it
  view: { callback_id?: string; private_metadata?: string; title?: { text: string }; blocks?: unknown[] };
  open: boolean;
}

export interface SandboxWorkspace {
  teamId: string;
  teamName: string;
  appId: string;
  botUserId: string;
  botId: string;
  botToken: string;
  signingSecret: string;
  users: SandboxUser[];
  channels: SandboxChannel[];
  messages: SandboxMessage[];
  // Interactivity (PROVIDERS.md §1.5): each trigger_id handed to Herald, for the user who acted, with the time it
  // was issued; views.open takes one once, within 3 s.
  triggers: Map<string, { user: string; issuedAt: number; used: boolean }>;
  views: SandboxView[];
}

// Known to anyone reading this file: the sandbox is for development and tests only.
export const sandboxSecrets = { botToken: "xoxb-sandbox-acme", signingSecret: "sandbox-signing-secret" };

const person = (id: string, name: string, realName: string, email: string): SandboxUser => ({
  id,
  name,
  realName,
  email,
});

export function seedSandboxWorkspace(
  secrets: { botToken?: string; signingSecret?: string } = {},
): SandboxWorkspace {
  const botUserId = "U0HERALDBOT";
  const users = [
    person("U0ADA", "ada", "Ada Admin", "ada@acme.test"),
    person("U0SAM", "sam", "Sam Supervisor", "sam@acme.test"),
    person("U0NADIA", "nadia", "Nadia Agent", "nadia@acme.test"),
    person("U0LUCA", "luca", "Luca Agent", "luca@acme.test"),
    person("U0MATTEO", "matteo", "Matteo Agent", "matteo@acme.test"),
    person("U0OLIVIA", "olivia", "Olivia Outsider", "olivia@partner.test"), // no Herald member: unmapped
  ];
  const everyone = new Set([botUserId, ...users.map((u) => u.id)]);
  const channel = (id: string, name: string, opts: Partial<SandboxChannel> = {}): SandboxChannel => ({
    id,
    name,
    isPrivate: false,
    isIm: false,
    isArchived: false,
    members: new Set(everyone),
    ...opts,
  });
  const withoutBot = new Set(users.map((u) => u.id));
  return {
    teamId: "T0ACME",
    teamName: "Acme (Slack sandbox)",
    appId: "A0HERALD",
    botUserId,
    botId: "B0HERALD",
    botToken: secrets.botToken ?? sandboxSecrets.botToken,
    signingSecret: secrets.signingSecret ?? sandboxSecrets.signingSecret,
    users,
    channels: [
      channel("C0SALES", "sales"),
      channel("C0SUPPORT", "support"),
      channel("C0LEADS", "leads"),
      channel("C0GENERAL", "general", { members: withoutBot }), // public, app not a member (SK10)
      channel("G0PRIVATE", "private-deals", { isPrivate: true, members: withoutBot }), // invisible to the app
      channel("C0OLD", "old-campaign", { isArchived: true }),
    ],
    messages: [],
    triggers: new Map(),
    views: [],
  };
}
