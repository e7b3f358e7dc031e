import type { SlackChannelChoice } from "@/lib/integrations/slack/channels";

// SK10: a channel Slack refused a post in ("<channel id>: <Slack's error>"), named as people know it (#sales).
export function slackChannelFlagWords(flag: string, channels: readonly SlackChannelChoice[]) {
  const [id, error = ""] = flag.split(/:\s*/, 2);
  const channel = channels.find((c) => c.id === id);
  const name = channel ? `#${channel.name}` : id;
  const fix =
    error === "is_archived"
      ? `${name} is archived: pick another channel.`
      : `Invite @Herald to ${name} (/invite @Herald in the channel), or pick another one.`;
  return `Slack refused a post in ${name} (${error}). ${fix}`;
}
