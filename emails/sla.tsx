// SL2 (warning before the target) and SL3 (the target missed): one template, the kind sets the words.
import { Text } from "@react-email/components";
import type { SlaTarget } from "@/lib/notifications/events/event";
import { slaTargetLabel } from "@/lib/sla/timers";
import { EmailLayout, styles } from "./layout";

export interface SlaEmailProps {
  kind: "warning" | "breached";
  target: SlaTarget;
  dueAt: Date;
  visitorName: string;
  url: string;
}

const targetLabel = (t: SlaTarget) => slaTargetLabel[t].toLowerCase();

export const slaSubject = (p: SlaEmailProps) =>
  p.kind === "warning"
    ? `SLA at risk: ${targetLabel(p.target)} for ${p.visitorName} due soon`
    : `SLA breached: ${targetLabel(p.target)} for ${p.visitorName} missed`;

export function SlaEmail(p: SlaEmailProps) {
  const due = `${p.dueAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  return (
    <EmailLayout
      preview={slaSubject(p)}
      heading={slaSubject(p)}
      action={{ href: p.url, label: "Open the conversation" }}
    >
      <Text style={styles.text}>
        {p.kind === "warning"
          ? `The ${targetLabel(p.target)} target of the chat with ${p.visitorName} is due at ${due}.`
          : `The ${targetLabel(p.target)} target of the chat with ${p.visitorName} was due at ${due}.`}
      </Text>
    </EmailLayout>
  );
}
