// SK10: Slack says the token is dead (invalid_auth, token_revoked, …): the integration shows Disconnected and every
// admin gets one in-app notification — once, by whichever failure moved it from connected, however many
// deliveries fail with it.
import type { Db } from "@/db/client";
import { listMembers } from "@/db/queries/members";
import { insertNotification } from "@/db/queries/notification-center";
import { findSlackIntegration, markSlackDisconnected } from "@/db/queries/slack";
import type { Publish } from "@/lib/channels/in-app";
import { slackDisconnectedContent } from "@/lib/notifications/content/slack-disconnected";
import { channels } from "@/lib/realtime/channels";
import { type Publication, publication } from "@/lib/realtime/publish";

export async function disconnectDeadSlackToken(
  db: Db,
  workspaceId: string,
  slackError: string,
  publish: Publish,
) {
  if (!(await markSlackDisconnected(db, workspaceId, slackError))) return;
  const integration = await findSlackIntegration(db, workspaceId);
  const words = slackDisconnectedContent(integration?.teamName ?? "your Slack team", slackError);
  const admins = (await listMembers(db, workspaceId)).filter((m) => m.role === "admin");
  const published: Publication[] = [];
  for (const admin of admins) {
    const id = await insertNotification(db, {
      workspaceId,
      userId: admin.userId,
      type: "slack.disconnected",
      ...words,
    });
    published.push(
      publication(channels.user(admin.userId), "notification.created", {
        id,
        ...words,
        notice: { ...words, tag: `slack-disconnected-${workspaceId}` },
        visitor: null,
        conversationId: null,
        presentation: { toast: true },
      }),
    );
  }
  // The rows are the notifications; realtime only shows them at once (the center re-reads on reconnect).
  const sent = await publish(published);
  if (!sent.ok) console.error(`[slack] telling admins Slack is disconnected: ${sent.error}`);
}
