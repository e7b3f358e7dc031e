// Settings → Integrations → Slack (admins): connect (bot token), the team, the global channel (SK5), who is mapped,
// channels Slack refused (SK10), the app manifest to copy.
import { CodeBlock } from "@/components/settings/install/code-block";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import type { SandboxCredentials } from "@/lib/integrations/slack/sandbox/credentials";
import type { SlackSettings } from "@/lib/integrations/slack/settings";
import { SlackChannelForm } from "./slack-channel-form";
import { SlackConnectForm } from "./slack-connect-form";
import { SlackDisconnectButton } from "./slack-disconnect-button";

export function SlackCard(props: {
  settings: SlackSettings;
  manifest: string;
  sandbox: SandboxCredentials | null;
}) {
  const { connection, channels, channelsError, mapped, unmapped } = props.settings;
  return (
    <Card
      title="Slack"
      description="New conversations in your team's channels or DMs, one thread per conversation, replies from the thread."
    >
      <div className="flex flex-col gap-4">
        {!connection && (
          <>
            {props.sandbox && (
              <Alert>
                The local Slack sandbox is running: its bot token and signing secret are filled in below.
              </Alert>
            )}
            <SlackConnectForm sandbox={props.sandbox} />
          </>
        )}
        {connection && (
          <>
            <p className="text-sm text-slate-800">
              {connection.status === "connected" ? "Connected to " : "Disconnected from "}
              <strong>{connection.teamName}</strong>
              {connection.statusReason && ` (Slack said ${connection.statusReason}: connect again)`}
            </p>
            {connection.flaggedChannels.map((flag) => (
              <Alert key={flag} tone="error">
                Slack refused a post in {flag}. Invite @Herald to the channel, or pick another one.
              </Alert>
            ))}
            {channelsError && <Alert tone="error">Slack would not list channels: {channelsError}</Alert>}
            <SlackChannelForm
              label="Global channel"
              hint="On: every Slack notification goes to this one channel, instead of group channels and DMs."
              channelId={connection.globalChannelId}
              channels={channels}
            />
            <div className="text-sm text-slate-700">
              <h3 className="font-medium">Teammates mapped to Slack users</h3>
              <ul className="mt-1 list-disc pl-5">
                {mapped.map((m) => (
                  <li key={m.slackUserId}>
                    {m.name} → {m.slackUserId} ({m.source === "email" ? "same email" : "set by hand"})
                  </li>
                ))}
              </ul>
              {unmapped.length > 0 && (
                <p className="mt-1 text-slate-500">
                  Not mapped (no Slack user with their email): {unmapped.join(", ")}
                </p>
              )}
            </div>
            <SlackDisconnectButton />
          </>
        )}
        {props.sandbox && (
          <p className="text-sm">
            <a
              href={props.sandbox.pageUrl}
              target="_blank"
              rel="noreferrer"
              className="text-brand-700 underline"
            >
              Open the sandbox
            </a>{" "}
            <span className="text-slate-500">
              (development: see its channels and threads, reply as a Slack user, run the shortcuts, press
              Close)
            </span>
          </p>
        )}
        <details>
          <summary className="cursor-pointer text-sm font-medium text-slate-700">
            Create the Slack app from a manifest
          </summary>
          <div className="mt-2">
            <CodeBlock code={props.manifest} what="Slack app manifest" />
          </div>
        </details>
      </div>
    </Card>
  );
}
