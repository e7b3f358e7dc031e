// Notification settings as Settings → Notifications, Settings → Team and /live read and change them: the
// workspace defaults and the member's own choices (IC2), the Live View toggles (LV3, LV4) and sound. Every
// query is scoped to one workspace (and one user for the user's own row).
import { type AnyColumn, and, eq, sql } from "drizzle-orm";
import type { PreferenceKey } from "@/lib/notifications/planner/preferences";
import type { Db } from "../client";
import { userNotificationSettings, workspaceNotificationSettings } from "../schema";

export interface NotificationSettingsView {
  workspaceDefaults: Partial<Record<PreferenceKey, boolean>>;
  workspaceLiveViewNotifications: boolean;
  workspaceShowsMessageText: boolean; // X5: the words of messages outside the app
  userChoices: Partial<Record<PreferenceKey, boolean>>;
  userLiveViewNotifications: boolean;
  sound: boolean;
}

// No row means every default (LV3, LV4 and sound default ON; no preference chosen).
export async function findNotificationSettings(
  db: Db,
  workspaceId: string,
  userId: string,
): Promise<NotificationSettingsView> {
  const [[workspace], [user]] = await Promise.all([
    db
      .select()
      .from(workspaceNotificationSettings)
      .where(eq(workspaceNotificationSettings.workspaceId, workspaceId)),
    db
      .select()
      .from(userNotificationSettings)
      .where(
        and(
          eq(userNotificationSettings.workspaceId, workspaceId),
          eq(userNotificationSettings.userId, userId),
        ),
      ),
  ]);
  return {
    workspaceDefaults: workspace?.preferenceDefaults ?? {},
    workspaceLiveViewNotifications: workspace?.liveViewNotifications ?? true,
    workspaceShowsMessageText: workspace?.showMessageText ?? true,
    userChoices: user?.preferences ?? {},
    userLiveViewNotifications: user?.liveViewNotifications ?? true,
    sound: user?.sound ?? true,
  };
}

// jsonb: set one key, or remove it (null) so the level below shows through ("Reset to workspace default").
const withKey = (column: AnyColumn, key: PreferenceKey, value: boolean | null) =>
  value === null
    ? sql`${column} - ${key}::text`
    : sql`${column} || jsonb_build_object(${key}::text, ${value}::boolean)`;

export async function setUserPreference(
  db: Db,
  workspaceId: string,
  userId: string,
  key: PreferenceKey,
  value: boolean | null,
) {
  const initial = value === null ? {} : { [key]: value };
  await db
    .insert(userNotificationSettings)
    .values({ workspaceId, userId, preferences: initial })
    .onConflictDoUpdate({
      target: [userNotificationSettings.workspaceId, userNotificationSettings.userId],
      set: { preferences: withKey(userNotificationSettings.preferences, key, value), updatedAt: new Date() },
    });
}

export async function setWorkspacePreferenceDefault(
  db: Db,
  workspaceId: string,
  key: PreferenceKey,
  value: boolean | null,
) {
  const initial = value === null ? {} : { [key]: value };
  const column = workspaceNotificationSettings.preferenceDefaults;
  await db
    .insert(workspaceNotificationSettings)
    .values({ workspaceId, preferenceDefaults: initial })
    .onConflictDoUpdate({
      target: workspaceNotificationSettings.workspaceId,
      set: { preferenceDefaults: withKey(column, key, value), updatedAt: new Date() },
    });
}

type UserFlag = "liveViewNotifications" | "sound";

export async function setUserNotificationFlag(
  db: Db,
  workspaceId: string,
  userId: string,
  flag: UserFlag,
  value: boolean,
) {
  await db
    .insert(userNotificationSettings)
    .values({ workspaceId, userId, [flag]: value })
    .onConflictDoUpdate({
      target: [userNotificationSettings.workspaceId, userNotificationSettings.userId],
      set: { [flag]: value, updatedAt: new Date() },
    });
}

// LV3: the workspace toggle "Live View Notifications".

// The workspace's on/off notification switches: LV3 Live View Notifications, X5 "Show message text outside
// the app" (off: push, email, Slack and SMS name the visitor without the words).
export const workspaceSwitches = ["liveViewNotifications", "showMessageText"] as const;
export type WorkspaceSwitch = (typeof workspaceSwitches)[number];

export async function setWorkspaceSwitch(db: Db, workspaceId: string, name: WorkspaceSwitch, value: boolean) {
  await db
    .insert(workspaceNotificationSettings)
    .values({ workspaceId, [name]: value })
    .onConflictDoUpdate({
      target: workspaceNotificationSettings.workspaceId,
      set: { [name]: value, updatedAt: new Date() },
    });
}
