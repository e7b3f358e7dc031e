import { Text } from "@react-email/components";
import { EmailLayout, Quote, styles } from "./layout";

export interface MentionEmailProps {
  authorName: string;
  note: string;
  url: string;
}

export const mentionSubject = (p: MentionEmailProps) => `${p.authorName} mentioned you in a conversation`;

export function MentionEmail(p: MentionEmailProps) {
  return (
    <EmailLayout
      preview={p.note}
      heading={mentionSubject(p)}
      action={{ href: p.url, label: "Open the conversation" }}
    >
      <Text style={styles.text}>In an internal note (the visitor does not see it):</Text>
      <Quote>{p.note}</Quote>
    </EmailLayout>
  );
}
