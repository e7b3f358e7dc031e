// Sent from Settings → Notifications so an agent can check email reaches them.
import { Text } from "@react-email/components";
import { EmailLayout, styles } from "./layout";

export interface TestNotificationEmailProps {
  url: string;
}

export const testNotificationSubject = () => "Herald test notification";

export function TestNotificationEmail(p: TestNotificationEmailProps) {
  return (
    <EmailLayout
      preview="Email notifications work."
      heading={testNotificationSubject()}
      action={{ href: p.url, label: "Open Herald" }}
    >
      <Text style={styles.text}>Email notifications work. Nothing else to do.</Text>
    </EmailLayout>
  );
}
