// FU6: the default follow-up email to a visitor who left with an agent's reply unread: the unread messages with
// who wrote them and when, and a link back to the chat. Replying to it continues the conversation (FU8).
import { Text } from "@react-email/components";
import { EmailLayout, Quote, styles } from "./layout";

export interface FollowUpEmailProps {
  workspaceName: string;
  messages: { authorName: string; body: string; sentAt: Date }[];
  continueUrl: string;
}

export const followUpSubject = (p: FollowUpEmailProps) => {
  const authors = [...new Set(p.messages.map((m) => m.authorName))];
  return authors.length === 1
    ? `${authors[0]} replied to your chat with ${p.workspaceName}`
    : `New replies to your chat with ${p.workspaceName}`;
};

const time = (d: Date) => `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;

export function FollowUpEmail(p: FollowUpEmailProps) {
  return (
    <EmailLayout
      preview={p.messages.at(-1)?.body ?? followUpSubject(p)}
      heading={followUpSubject(p)}
      action={{ href: p.continueUrl, label: "Continue the conversation" }}
      footer={`You receive this because you chatted with ${p.workspaceName} and left before reading their reply.`}
    >
      <Text style={styles.text}>You left the chat before reading this. Reply to this email to answer.</Text>
      {p.messages.map((m) => (
        <Quote key={`${m.sentAt.getTime()}-${m.body}`} meta={`${m.authorName} · ${time(m.sentAt)}`}>
          {m.body}
        </Quote>
      ))}
    </EmailLayout>
  );
}
