// One event's words → every surface (X5). In-app always shows the message's words; push, email, Slack and SMS
// show them only while the workspace's "Show message text outside the app" is on.
import type { NotificationFacts } from "./facts";
import { conversationUrl } from "./links";
import type { EventWords, NotificationContent, SlackMessage } from "./types";

// Slack escapes only these three in mrkdwn; a visitor typing "<!channel>" must not ping anyone.
const slackEscape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function slackMessage(title: string, body: string, url: string): SlackMessage {
  return {
    text: `${title}: ${body}`,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: `*${slackEscape(title)}*\n${slackEscape(body)}` } },
      {
        type: "actions",
        elements: [
          {
            type: "button",
            text: { type: "plain_text", text: "Open in Herald" },
            url,
            action_id: "open_in_herald",
          },
        ],
      },
    ],
  };
}

export function surfaces(said: EventWords, facts: NotificationFacts): NotificationContent {
  const outsideWords = facts.showMessageText ? said.words : null;
  const outsideBody = outsideWords ?? said.detail;
  return {
    inApp: { title: said.title, body: said.words ?? said.detail },
    push: { title: said.title, body: outsideBody, tag: said.tag, url: said.url },
    email: said.email(outsideWords !== null),
    slack: slackMessage(said.title, outsideBody, said.url),
    sms: `${said.title}: ${outsideBody} ${said.url}`,
    url: said.url,
  };
}

// Where a conversation's notification leads, and the tag that keeps one per conversation on a device.
export const aboutConversation = (conversationId: string) => ({
  url: conversationUrl(conversationId),
  tag: `conversation:${conversationId}`,
});

// An event with no message of its own: its title and one line, on every surface and in the generic email.
export function notice(title: string, detail: string, about: { url: string; tag: string }): EventWords {
  return {
    title,
    words: null,
    detail,
    ...about,
    email: () => ({ template: "generic", props: { title, body: detail, url: about.url } }),
  };
}
