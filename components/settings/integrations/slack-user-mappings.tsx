import type { SlackPerson } from "@/lib/integrations/slack/people";
import type { SlackMemberMapping } from "@/lib/integrations/slack/settings";
import { SlackMemberRow } from "./slack-member-row";

// Who is who in Slack: matched by email at connect, changeable per member; the unmapped are named above the
// table (their Slack replies are refused, and they get no Slack DM).
export function SlackUserMappings(props: {
  members: readonly SlackMemberMapping[];
  people: readonly SlackPerson[];
  peopleError: string | null;
}) {
  const unmapped = props.members.filter((m) => !m.slackUserId);
  return (
    <div className="flex flex-col gap-2 text-sm text-slate-700">
      <h3 className="font-medium">Teammates in Slack</h3>
      {unmapped.length > 0 ? (
        <p className="text-amber-800">
          Not mapped: {unmapped.map((m) => m.name).join(", ")}. Their replies from Slack are refused and they
          get no Slack DMs until you choose their Slack user below.
        </p>
      ) : (
        <p className="text-slate-500">Every teammate is mapped to a Slack user.</p>
      )}
      {props.peopleError && (
        <p role="alert" className="text-red-700">
          Slack would not list its users ({props.peopleError}): mappings can’t be changed right now.
        </p>
      )}
      <table className="w-full text-left">
        <thead>
          <tr className="text-xs text-slate-500">
            <th className="pb-1 font-medium">Teammate</th>
            <th className="pb-1 font-medium">Slack user</th>
            <th className="pb-1 font-medium">How</th>
          </tr>
        </thead>
        <tbody>
          {props.members.map((m) => (
            <SlackMemberRow key={m.userId} member={m} people={props.people} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
