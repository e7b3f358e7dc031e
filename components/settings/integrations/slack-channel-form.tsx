"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldError, useFormAction } from "@/components/ui/use-form-action";
import { setSlackChannel } from "@/lib/actions/set-slack-channel";
import type { SlackChannelChoice } from "@/lib/integrations/slack/channels";
import { ActionMessage } from "./action-message";
import { SlackChannelPicker } from "./slack-channel-picker";

// A Slack channel for a routing group (SK1) or the global channel (SK5, no groupId); "Off" clears it. With "Use
// channel IDs" on (SK11) the channel is typed in by id; otherwise picked from Slack's list.
export function SlackChannelForm(props: {
  label: string;
  hint: string;
  groupId?: string;
  channelId: string | null;
  channels: readonly SlackChannelChoice[];
  useChannelIds: boolean;
}) {
  const [state, onSubmit, pending] = useFormAction(setSlackChannel);
  const [picked, setPicked] = useState(props.channelId ?? "");
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      {props.groupId && <input type="hidden" name="groupId" value={props.groupId} />}
      <div className="grid gap-2 sm:grid-cols-[1fr_auto] sm:items-end">
        {props.useChannelIds ? (
          <TextField
            label={props.label}
            name="channelId"
            defaultValue={props.channelId ?? ""}
            placeholder="C0123ABCD (empty: off)"
            autoComplete="off"
            hint={`${props.hint} The channel's ID is at the bottom of its details in Slack.`}
            error={fieldError(state, "channelId")}
          />
        ) : (
          <SlackChannelPicker
            label={props.label}
            hint={props.hint}
            channels={props.channels}
            value={picked}
            onChange={setPicked}
            error={fieldError(state, "channelId")}
          />
        )}
        <Button type="submit" variant="secondary" pending={pending}>
          Save
        </Button>
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
