import { Text } from "@react-email/components";
import { EmailLayout, Quote, styles } from "./layout";

export interface MentionEmailProps {
  authorName: string;
  visitorName: string;
  note?: string; // absent when the workspace keeps message text out of email (X5)
  url: string;
}

export const mentionSubject = (p: MentionEmailProps) =>
  `${p.authorName} mentioned you on ${p.visitorName}’s chat`;

export function MentionEmail(p: MentionEmailProps) {
  return (
    <EmailLayout
      preview={p.note ?? mentionSubject(p)}
      heading={mentionSubject(p)}
      action={{ href: p.url, label: "Open the conversation" }}
    >
      <Text style={styles.text}>
        {p.note
          ? "In an internal note (the visitor does not see it):"
          : "In an internal note (the visitor does not see it). Open the conversation to read it."}
      </Text>
      {p.note ? <Quote>{p.note}</Quote> : null}
    </EmailLayout>
  );
}
