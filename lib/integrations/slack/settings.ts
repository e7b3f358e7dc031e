// What Settings → Integrations → Slack shows: the connection, the channels to pick from (none listed with "Use
// channel IDs", SK11), the Slack people to map members to, and each member's mapping.
import type { Db } from "@/db/client";
import { listMembers } from "@/db/queries/members";
import { findSlackIntegration, listSlackUserMappings } from "@/db/queries/slack";
import { pickableChannelsCache, type SlackChannelChoice } from "./channels";
import { type SlackClientOptions, slackFailureOf } from "./client";
import { slackConnectionOf } from "./connection";
import { type SlackPerson, slackPeopleCache } from "./people";

export interface SlackMemberMapping {
  userId: string;
  name: string;
  email: string;
  slackUserId: string | null;
  source: "email" | "manual" | null;
}

export interface SlackSettings {
  connection: {
    teamName: string;
    status: "connected" | "disconnected";
    statusReason: string | null;
    globalChannelId: string | null;
    flaggedChannels: string[];
    useChannelIds: boolean;
  } | null;
  channels: SlackChannelChoice[];
  channelsError: string | null;
  people: SlackPerson[];
  peopleError: string | null;
  members: SlackMemberMapping[];
}

const settled = <T>(p: Promise<T>, empty: T) =>
  p.then(
    (value) => ({ value, error: null }),
    (error: unknown) => ({ value: empty, error: slackFailureOf(error).code }),
  );

export async function slackSettingsOf(
  db: Db,
  workspaceId: string,
  options: SlackClientOptions = {},
): Promise<SlackSettings> {
  const integration = await findSlackIntegration(db, workspaceId);
  const none = { channels: [], channelsError: null, people: [], peopleError: null, members: [] };
  if (!integration) return { connection: null, ...none };
  const { teamName, status, statusReason, globalChannelId, flaggedChannels, useChannelIds } = integration;
  const connection = { teamName, status, statusReason, globalChannelId, flaggedChannels, useChannelIds };
  const slack = await slackConnectionOf(db, workspaceId, options);
  const [channels, people] = slack
    ? await Promise.all([
        useChannelIds
          ? { value: [], error: null }
          : settled(pickableChannelsCache.get(workspaceId, slack.client), []),
        settled(slackPeopleCache.get(workspaceId, slack.client), []),
      ])
    : [
        { value: [], error: null },
        { value: [], error: null },
      ];
  const mappings = new Map((await listSlackUserMappings(db, workspaceId)).map((m) => [m.userId, m]));
  const members = (await listMembers(db, workspaceId)).map((m) => ({
    userId: m.userId,
    name: m.name,
    email: m.email,
    slackUserId: mappings.get(m.userId)?.slackUserId ?? null,
    source: mappings.get(m.userId)?.source ?? null,
  }));
  return {
    connection,
    channels: channels.value,
    channelsError: channels.error,
    people: people.value,
    peopleError: people.error,
    members,
  };
}

// A connect (maybe another team) or a disconnect: the next Settings view asks Slack again.
export function forgetSlackDirectory(workspaceId: string) {
  pickableChannelsCache.forget(workspaceId);
  slackPeopleCache.forget(workspaceId);
}
