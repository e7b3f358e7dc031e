// What Settings → Integrations → Slack shows: the connection, the channels to pick from, who is mapped.
import type { Db } from "@/db/client";
import { listMembers } from "@/db/queries/members";
import { findSlackIntegration, listSlackUserMappings } from "@/db/queries/slack";
import { listPickableChannels, type SlackChannelChoice } from "./channels";
import { slackFailureOf } from "./client";
import { slackConnectionOf } from "./connection";

export interface SlackSettings {
  connection: {
    teamName: string;
    status: "connected" | "disconnected";
    statusReason: string | null;
    globalChannelId: string | null;
    flaggedChannels: string[];
  } | null;
  channels: SlackChannelChoice[];
  channelsError: string | null;
  mapped: { name: string; slackUserId: string; source: "email" | "manual" }[];
  unmapped: string[];
}

export async function slackSettingsOf(db: Db, workspaceId: string): Promise<SlackSettings> {
  const integration = await findSlackIntegration(db, workspaceId);
  if (!integration) return { connection: null, channels: [], channelsError: null, mapped: [], unmapped: [] };
  const { teamName, status, statusReason, globalChannelId, flaggedChannels } = integration;
  const slack = await slackConnectionOf(db, workspaceId);
  let channels: SlackChannelChoice[] = [];
  let channelsError: string | null = null;
  if (slack) {
    try {
      channels = await listPickableChannels(slack.client);
    } catch (error) {
      channelsError = slackFailureOf(error).code;
    }
  }
  const mappings = new Map((await listSlackUserMappings(db, workspaceId)).map((m) => [m.userId, m]));
  const members = await listMembers(db, workspaceId);
  return {
    connection: { teamName, status, statusReason, globalChannelId, flaggedChannels },
    channels,
    channelsError,
    mapped: members.flatMap((m) => {
      const found = mappings.get(m.userId);
      return found ? [{ name: m.name, slackUserId: found.slackUserId, source: found.source }] : [];
    }),
    unmapped: members.filter((m) => !mappings.has(m.userId)).map((m) => m.name),
  };
}
