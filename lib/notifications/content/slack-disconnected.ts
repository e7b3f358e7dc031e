// SK10: what admins read when Slack stops accepting Herald's token (in the notification center and as a toast).
export function slackDisconnectedContent(teamName: string, slackError: string) {
  return {
    title: "Slack is disconnected",
    body: `Slack refused Herald's token for ${teamName} (${slackError}): nothing is posted in Slack until an admin connects it again in Settings → Integrations.`,
  };
}
