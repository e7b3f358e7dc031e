import { slackChannelFlagWords } from "@/components/settings/integrations/slack-channel-flag";
import { SlackChannelForm } from "@/components/settings/integrations/slack-channel-form";
import type { listRoutingGroups } from "@/db/queries/routing-groups";
import type { SlackChannelChoice } from "@/lib/integrations/slack/channels";
import { GroupActions } from "./group-actions";
import { GroupMembersForm, type Teammate } from "./group-members-form";
import { RenameGroupForm } from "./rename-group-form";

type GroupWithMembers = Awaited<ReturnType<typeof listRoutingGroups>>[number];

// `slack`: the connected Slack's channels, for the group's Slack channel (SK1); absent while Slack is not connected.
export function GroupCard({
  group,
  teammates,
  slack,
}: {
  group: GroupWithMembers;
  teammates: Teammate[];
  slack?: { channels: readonly SlackChannelChoice[]; flagged: readonly string[]; useChannelIds: boolean };
}) {
  const headingId = `group-${group.id}`;
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-xs"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={headingId} className="text-base font-semibold text-slate-900">
          {group.name}
        </h2>
        {group.isDefault && (
          <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700">
            Default
          </span>
        )}
      </div>
      {group.members.length > 0 ? (
        <ul aria-label={`Members of ${group.name}`} className="mt-2 flex flex-wrap gap-1.5">
          {group.members.map((m) => (
            <li key={m.userId} className="rounded-md bg-slate-100 px-2 py-0.5 text-sm text-slate-700">
              {m.name}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-slate-500">No members yet: conversations routed here reach nobody.</p>
      )}
      {slack?.flagged
        .filter((f) => group.slackChannelId && f.startsWith(`${group.slackChannelId}:`))
        .map((f) => (
          <p key={f} role="status" className="mt-2 text-sm text-red-700">
            {slackChannelFlagWords(f, slack.channels)}
          </p>
        ))}
      {group.isDefault && (
        <p className="mt-2 text-sm text-slate-600">
          New conversations land in this group. It can’t be deleted: make another group the default first.
        </p>
      )}
      <details className="mt-4 border-t border-slate-100 pt-3">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">Edit {group.name}</summary>
        <div className="mt-3 flex flex-col gap-5">
          <GroupMembersForm
            groupId={group.id}
            groupName={group.name}
            teammates={teammates}
            memberIds={group.members.map((m) => m.userId)}
          />
          <RenameGroupForm groupId={group.id} name={group.name} />
          {slack && (
            <SlackChannelForm
              label={`Slack channel for ${group.name}`}
              hint="New conversations of this group are posted there, @mentioning its members (a DM when one is available)."
              groupId={group.id}
              channelId={group.slackChannelId}
              channels={slack.channels}
              useChannelIds={slack.useChannelIds}
            />
          )}
          {!group.isDefault && <GroupActions groupId={group.id} name={group.name} />}
        </div>
      </details>
    </section>
  );
}
