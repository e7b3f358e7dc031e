// IC2: notification preferences per user × scope × external channel. In-app is always on, so it has none.
export const preferenceScopes = ["me", "team"] as const;
export type PreferenceScope = (typeof preferenceScopes)[number];

export const preferenceChannels = ["web_push", "mobile_push", "email", "slack_dm"] as const;
export type PreferenceChannel = (typeof preferenceChannels)[number];

export type PreferenceKey = `${PreferenceScope}.${PreferenceChannel}`;
// Only what was chosen: a key left out falls through to the next level.
export type PreferenceSettings = Partial<Record<PreferenceKey, boolean>>;

// Herald's own defaults, for a workspace whose admins set none: everything about "my" conversations, only
// pushes about the team's (an email per team conversation would flood a big team).
export const builtInPreferences: Readonly<Record<PreferenceKey, boolean>> = {
  "me.web_push": true,
  "me.mobile_push": true,
  "me.email": true,
  "me.slack_dm": true,
  "team.web_push": true,
  "team.mobile_push": true,
  "team.email": false,
  "team.slack_dm": false,
};

// The user's own choice wins over the workspace default, which wins over Herald's.
export function resolvePreference(
  workspaceDefaults: PreferenceSettings,
  userChoices: PreferenceSettings,
  scope: PreferenceScope,
  channel: PreferenceChannel,
): boolean {
  const key: PreferenceKey = `${scope}.${channel}`;
  return userChoices[key] ?? workspaceDefaults[key] ?? builtInPreferences[key];
}
