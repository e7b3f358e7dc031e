// IC6: several unread visitor messages become one email, not one email each.
import { Text } from "@react-email/components";
import { EmailLayout, Quote, styles } from "./layout";

export interface NewMessagesEmailProps {
  visitorName: string;
  messages: { body: string; sentAt: Date }[];
  url: string;
}

export const newMessagesSubject = (p: NewMessagesEmailProps) =>
  p.messages.length > 1
    ? `${p.messages.length} new messages from ${p.visitorName}`
    : `New message from ${p.visitorName}`;

const time = (d: Date) => d.toISOString().slice(11, 16);

export function NewMessagesEmail(p: NewMessagesEmailProps) {
  return (
    <EmailLayout
      preview={p.messages.at(-1)?.body ?? newMessagesSubject(p)}
      heading={newMessagesSubject(p)}
      action={{ href: p.url, label: "Reply" }}
    >
      {p.messages.length > 0 ? (
        <Text style={styles.text}>{p.visitorName} wrote while you were away:</Text>
      ) : (
        // X5: the workspace keeps message text out of email; the reader opens the conversation for it.
        <Text style={styles.text}>
          {p.visitorName} wrote while you were away. Open the conversation to read it.
        </Text>
      )}
      {p.messages.map((m) => (
        <Quote key={`${m.sentAt.getTime()}-${m.body}`} meta={`${time(m.sentAt)} UTC`}>
          {m.body}
        </Quote>
      ))}
    </EmailLayout>
  );
}
