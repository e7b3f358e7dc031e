// Events without a template of their own (a cancelled chat request, a follow-up): the notification's words.
import { Text } from "@react-email/components";
import { EmailLayout, styles } from "./layout";

export interface GenericEmailProps {
  title: string;
  body: string;
  url: string;
}

export function GenericEmail(p: GenericEmailProps) {
  return (
    <EmailLayout preview={p.body || p.title} heading={p.title} action={{ href: p.url, label: "Open Herald" }}>
      {p.body ? <Text style={styles.text}>{p.body}</Text> : null}
    </EmailLayout>
  );
}
