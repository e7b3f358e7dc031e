"use client";

import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { fieldError, useFormAction } from "@/components/ui/use-form-action";
import { setSlackChannel } from "@/lib/actions/set-slack-channel";
import type { SlackChannelChoice } from "@/lib/integrations/slack/channels";
import { ActionMessage } from "./action-message";

// A Slack channel for a routing group (SK1) or the global channel (SK5, no groupId); "Off" clears it.
export function SlackChannelForm(props: {
  label: string;
  hint: string;
  groupId?: string;
  channelId: string | null;
  channels: readonly SlackChannelChoice[];
}) {
  const [state, onSubmit, pending] = useFormAction(setSlackChannel);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      {props.groupId && <input type="hidden" name="groupId" value={props.groupId} />}
      <div className="grid gap-2 sm:grid-cols-[1fr_auto] sm:items-end">
        <SelectField
          label={props.label}
          name="channelId"
          defaultValue={props.channelId ?? ""}
          hint={props.hint}
          error={fieldError(state, "channelId")}
        >
          <option value="">Off</option>
          {props.channels.map((c) => (
            <option key={c.id} value={c.id}>
              {c.isPrivate ? "🔒" : "#"}
              {c.name}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant="secondary" pending={pending}>
          Save
        </Button>
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
