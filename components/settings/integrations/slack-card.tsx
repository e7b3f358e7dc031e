// Settings → Integrations → Slack (admins): connect ("Add to Slack" when the app's OAuth keys are set, or a bot
// token), the team, the global channel (SK5) and "Use channel IDs" (SK11), who is mapped, channels Slack refused
// (SK10), the app manifest to copy.
import { CodeBlock } from "@/components/settings/install/code-block";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import type { SandboxCredentials } from "@/lib/integrations/slack/sandbox/credentials";
import type { SlackSettings } from "@/lib/integrations/slack/settings";
import { slackChannelFlagWords } from "./slack-channel-flag";
import { SlackChannelForm } from "./slack-channel-form";
import { SlackConnectForm } from "./slack-connect-form";
import { SlackDisconnectButton } from "./slack-disconnect-button";
import { SlackInstallNotice } from "./slack-install-notice";
import { SlackUseChannelIds } from "./slack-use-channel-ids";
import { SlackUserMappings } from "./slack-user-mappings";

export function SlackCard(props: {
  settings: SlackSettings;
  manifest: string;
  sandbox: SandboxCredentials | null;
  addToSlack: boolean; // SLACK_CLIENT_ID, SECRET and SIGNING_SECRET are set
  install: { outcome?: string; error?: string; code?: string };
}) {
  const { connection, channels, channelsError, people, peopleError, members } = props.settings;
  return (
    <Card
      title="Slack"
      description="New conversations in your team's channels or DMs, one thread per conversation, replies from the thread."
    >
      <div className="flex flex-col gap-4">
        <SlackInstallNotice {...props.install} />
        {(!connection || connection.status === "disconnected") && props.addToSlack && (
          <p>
            <a
              href="/api/integrations/slack/connect"
              className="inline-flex items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
            >
              Add to Slack
            </a>
          </p>
        )}
        {(!connection || connection.status === "disconnected") && (
          <>
            {props.sandbox && (
              <Alert>
                The local Slack sandbox is running: Add to Slack goes through its Allow page, and its bot
                token and signing secret are filled in below.
              </Alert>
            )}
            <SlackConnectForm sandbox={props.sandbox} />
          </>
        )}
        {connection && (
          <>
            <p className="text-sm text-slate-800" data-testid="slack-status">
              {connection.status === "connected" ? "Connected to " : "Disconnected from "}
              <strong>{connection.teamName}</strong>
              {connection.statusReason && ` (Slack said ${connection.statusReason}: connect again)`}
            </p>
            {connection.status === "connected" && (
              <p className="text-sm text-slate-600">
                Slack channels for routing groups are set in{" "}
                <a href="/settings/routing-groups" className="text-brand-700 underline">
                  Settings → Routing groups
                </a>
                .
              </p>
            )}
            {connection.status === "connected" && (
              <>
                {connection.flaggedChannels.map((flag) => (
                  <Alert key={flag} tone="error">
                    {slackChannelFlagWords(flag, channels)}
                  </Alert>
                ))}
                {channelsError && <Alert tone="error">Slack would not list channels: {channelsError}</Alert>}
                <SlackChannelForm
                  label="Global channel"
                  hint="On: every Slack notification goes to this one channel, instead of group channels and DMs."
                  channelId={connection.globalChannelId}
                  channels={channels}
                  useChannelIds={connection.useChannelIds}
                />
                <SlackUseChannelIds on={connection.useChannelIds} />
                <SlackUserMappings members={members} people={people} peopleError={peopleError} />
              </>
            )}
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
