// IC2 as Settings → Notifications shows it: for each scope × channel, the value in effect and where it comes
// from, so a member sees whether a box is their own choice or the workspace's default.
import {
  builtInPreferences,
  type PreferenceChannel,
  type PreferenceKey,
  type PreferenceScope,
  type PreferenceSettings,
  preferenceChannels,
  preferenceScopes,
} from "./preferences";

export type PreferenceSource = "user" | "workspace" | "herald";

export interface PreferenceCell {
  key: PreferenceKey;
  scope: PreferenceScope;
  channel: PreferenceChannel;
  enabled: boolean;
  source: PreferenceSource;
  defaultValue: boolean; // what "Reset to workspace default" gives back
}

export const scopeLabel: Record<PreferenceScope, string> = {
  me: "Conversations assigned to me",
  team: "Conversations in my groups",
};

export const channelLabel: Record<PreferenceChannel, string> = {
  web_push: "Web push",
  mobile_push: "Mobile push",
  email: "Email",
  slack_dm: "Slack DM",
};

export const sourceLabel: Record<PreferenceSource, string> = {
  user: "Your choice",
  workspace: "Workspace default",
  herald: "Workspace default", // Herald's built-in default is the workspace's until an admin changes it
};

// Same order of precedence as resolvePreference (lib/notifications/planner/preferences.ts), with the source kept.
export function preferenceCell(
  workspaceDefaults: PreferenceSettings,
  userChoices: PreferenceSettings,
  scope: PreferenceScope,
  channel: PreferenceChannel,
): PreferenceCell {
  const key: PreferenceKey = `${scope}.${channel}`;
  const defaultValue = workspaceDefaults[key] ?? builtInPreferences[key];
  const chosen = userChoices[key];
  if (chosen !== undefined) return { key, scope, channel, enabled: chosen, source: "user", defaultValue };
  const source = workspaceDefaults[key] === undefined ? "herald" : "workspace";
  return { key, scope, channel, enabled: defaultValue, source, defaultValue };
}

export function preferenceMatrix(workspaceDefaults: PreferenceSettings, userChoices: PreferenceSettings) {
  return preferenceScopes.map((scope) => ({
    scope,
    cells: preferenceChannels.map((channel) =>
      preferenceCell(workspaceDefaults, userChoices, scope, channel),
    ),
  }));
}

// Every scope.channel key, for validating what a settings form sends.
export const preferenceKeys = preferenceScopes.flatMap((scope) =>
  preferenceChannels.map((channel): PreferenceKey => `${scope}.${channel}`),
) as [PreferenceKey, ...PreferenceKey[]];
