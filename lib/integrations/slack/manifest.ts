// The Slack app manifest an admin pastes into api.slack.com/apps → "From a manifest": scopes, events and
// interactivity pointing at this Herald (PROVIDERS.md §1.2).

// Asked for by the manifest and by "Add to Slack" alike (PROVIDERS.md §1.2).
export const slackBotScopes = [
  "chat:write",
  "chat:write.public",
  "chat:write.customize",
  "channels:read",
  "groups:read",
  "channels:history",
  "groups:history",
  "im:write",
  "users:read",
  "users:read.email",
  "commands",
] as const;

export const SLACK_OAUTH_PATH = "/api/integrations/slack/oauth";

export function slackAppManifest(appUrl: string) {
  return {
    display_information: { name: "Herald", description: "Live chat notifications and replies" },
    features: {
      bot_user: { display_name: "Herald", always_online: true },
      shortcuts: [
        {
          name: "Book meeting",
          type: "message",
          callback_id: "book_meeting",
          description: "Send your booking link",
        },
        {
          name: "Collect information",
          type: "message",
          callback_id: "collect_information",
          description: "Ask the visitor for email or phone",
        },
      ],
    },
    oauth_config: {
      redirect_urls: [`${appUrl}${SLACK_OAUTH_PATH}`],
      scopes: {
        bot: [...slackBotScopes],
      },
    },
    settings: {
      event_subscriptions: {
        request_url: `${appUrl}/api/webhooks/slack/events`,
        bot_events: ["message.channels", "message.groups", "app_uninstalled", "tokens_revoked"],
      },
      interactivity: { is_enabled: true, request_url: `${appUrl}/api/webhooks/slack/interactivity` },
      org_deploy_enabled: false,
      socket_mode_enabled: false,
      token_rotation_enabled: false,
    },
  };
}
