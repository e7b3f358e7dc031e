import { Text } from "@react-email/components";
import { EmailLayout, styles } from "./layout";

export interface AssistanceEmailProps {
  requesterName: string;
  visitorName: string;
  url: string;
}

export const assistanceSubject = (p: AssistanceEmailProps) =>
  `${p.requesterName} needs assistance with ${p.visitorName}`;

export function AssistanceEmail(p: AssistanceEmailProps) {
  return (
    <EmailLayout
      preview={assistanceSubject(p)}
      heading={assistanceSubject(p)}
      action={{ href: p.url, label: "Join the conversation" }}
    >
      <Text style={styles.text}>
        {p.requesterName} asked a supervisor to step in on the chat with {p.visitorName}.
      </Text>
    </EmailLayout>
  );
}
