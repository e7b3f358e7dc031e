// Every surface a notification is shown on, rendered from one event and its facts (content/index.ts).
import type { EmailMessage } from "@/emails";

// Slack Block Kit, the blocks Herald uses; the Slack adapter (a later issue) posts `text` as the fallback.
export type SlackBlock =
  | { type: "section"; text: { type: "mrkdwn"; text: string } }
  | { type: "context"; elements: { type: "mrkdwn"; text: string }[] }
  | {
      type: "actions";
      elements: {
        type: "button";
        text: { type: "plain_text"; text: string };
        url: string;
        action_id: string;
      }[];
    };

export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

export interface NotificationContent {
  // The toast and the notification-center entry: inside the app, so always with the message's words.
  inApp: { title: string; body: string };
  // Browser notification, web push and mobile push: `tag` collapses them to one per conversation (or visitor).
  push: { title: string; body: string; tag: string; url: string };
  email: EmailMessage;
  slack: SlackMessage;
  sms: string;
  url: string;
}

// What one event type says; `surfaces` (compose.ts) turns it into every surface the same way.
export interface EventWords {
  title: string; // who (and where): "New message from Jane Cooper of Globex"
  words: string | null; // the message's first words: shown outside the app only when the workspace allows
  detail: string; // the body when there are no words to show
  url: string;
  tag: string;
  email: (showWords: boolean) => EmailMessage;
}
