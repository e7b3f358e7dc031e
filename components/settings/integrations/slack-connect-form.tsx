"use client";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { fieldError, useFormAction } from "@/components/ui/use-form-action";
import { connectSlack } from "@/lib/actions/connect-slack";
import { ActionMessage } from "./action-message";

// "Connect with a bot token": for a self-hosted, single-team Slack app (or the local Slack sandbox).
export function SlackConnectForm({
  sandbox,
}: {
  sandbox: { botToken: string; signingSecret: string } | null;
}) {
  const [state, onSubmit, pending] = useFormAction(connectSlack);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <TextField
        label="Bot token"
        name="botToken"
        placeholder="xoxb-…"
        autoComplete="off"
        defaultValue={sandbox?.botToken}
        error={fieldError(state, "botToken")}
        hint="OAuth & Permissions → Bot User OAuth Token"
      />
      <TextField
        label="Signing secret"
        name="signingSecret"
        type="password"
        autoComplete="off"
        defaultValue={sandbox?.signingSecret}
        error={fieldError(state, "signingSecret")}
        hint="Basic Information → App Credentials → Signing Secret"
      />
      <div>
        <Button type="submit" pending={pending}>
          Connect with a bot token
        </Button>
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
