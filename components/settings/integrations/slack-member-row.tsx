"use client";

import { startTransition, useActionState } from "react";
import { setSlackUserMapping } from "@/lib/actions/set-slack-user-mapping";
import type { SlackPerson } from "@/lib/integrations/slack/people";
import type { SlackMemberMapping } from "@/lib/integrations/slack/settings";

const how = { email: "same email", manual: "set by hand" } as const;

// One member and the Slack user they are mapped to (a change saves at once and wins over the email match).
export function SlackMemberRow({
  member,
  people,
}: {
  member: SlackMemberMapping;
  people: readonly SlackPerson[];
}) {
  const [state, dispatch, pending] = useActionState(setSlackUserMapping, undefined);
  const listed = people.some((p) => p.id === member.slackUserId);
  return (
    <tr className="border-t border-slate-100">
      <td className="py-2 pr-3 text-sm text-slate-800">
        <span className="font-medium">{member.name} </span>
        <span className="text-slate-500">{member.email}</span>
      </td>
      <td className="py-2 pr-3 text-sm">
        <select
          aria-label={`Slack user for ${member.name}`}
          defaultValue={member.slackUserId ?? ""}
          disabled={pending}
          onChange={(event) =>
            startTransition(() => dispatch({ userId: member.userId, slackUserId: event.target.value }))
          }
          className="rounded-md border border-slate-300 px-2 py-1"
        >
          <option value="">Not mapped</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
              {p.email ? ` (${p.email})` : ""}
            </option>
          ))}
          {member.slackUserId && !listed && <option value={member.slackUserId}>{member.slackUserId}</option>}
        </select>
        {state && !state.ok && (
          <p role="alert" className="text-xs text-red-600">
            {state.error}
          </p>
        )}
      </td>
      <td className="py-2 text-xs text-slate-500">
        {member.source ? how[member.source] : <span className="text-amber-700">unmapped</span>}
      </td>
    </tr>
  );
}
