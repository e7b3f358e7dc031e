import { Text } from "@react-email/components";
import { EmailLayout, Quote, styles } from "./layout";

export interface NewConversationEmailProps {
  visitorName: string;
  firstMessage?: string;
  url: string;
}

export const newConversationSubject = (p: NewConversationEmailProps) =>
  `New conversation from ${p.visitorName}`;

export function NewConversationEmail(p: NewConversationEmailProps) {
  return (
    <EmailLayout
      preview={p.firstMessage ?? `${p.visitorName} started a chat`}
      heading={newConversationSubject(p)}
      action={{ href: p.url, label: "Open the conversation" }}
    >
      <Text style={styles.text}>{p.visitorName} started a chat and is waiting for an answer.</Text>
      {p.firstMessage ? <Quote>{p.firstMessage}</Quote> : null}
    </EmailLayout>
  );
}
